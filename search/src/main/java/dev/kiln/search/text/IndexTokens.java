package dev.kiln.search.text;

/**
 * The tokens a word is indexed under. A letter word is one token, stemmed. A CJK run is indexed
 * by its overlapping pairs, plus its last character alone, so that every substring of it is
 * found: a query of two or more characters needs all its pairs, and a query of one character is
 * a prefix of the pairs it starts (and of the lone last character). No dictionary is needed on
 * either side, and no word boundary can be guessed wrong.
 */
public final class IndexTokens {
    /** Receives one token and the code points of its word it covers, {@code from} inclusive to {@code to} exclusive. */
    public interface Sink {
        void token(String token, int from, int to);
    }

    private IndexTokens() {}

    public static void each(Word w, Sink sink) {
        int n = w.length();
        if (w.kind == Word.LETTERS) {
            sink.token(Stemmer.stem(w.text()), 0, n);
            return;
        }
        for (int i = 0; i + 1 < n; i++) sink.token(w.text(i, i + 2), i, i + 2);
        sink.token(w.text(n - 1, n), n - 1, n);
    }
}
