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

    /** Receives one CJK token as the code points {@code chars[from, to)}, without a string made for it. */
    public interface Span {
        void span(int[] chars, int from, int to);
    }

    private IndexTokens() {}

    public static void each(Word w, Sink sink) {
        each(w.kind, w.chars, w.length(), sink);
    }

    /** The tokens of the word {@code chars[0, length)} of {@code kind}, as {@link Tokenizer.Sink} hands it over. */
    public static void each(int kind, int[] chars, int length, Sink sink) {
        if (kind == Word.LETTERS) {
            sink.token(letters(chars, length), 0, length);
            return;
        }
        cjk(chars, length, (c, from, to) -> sink.token(new String(c, from, to - from), from, to));
    }

    /** The one token of the letter word {@code chars[0, length)}: its stem. */
    public static String letters(int[] chars, int length) {
        return Stemmer.stem(new String(chars, 0, length));
    }

    /** The tokens of the CJK run {@code chars[0, length)}: its pairs, then its last character alone. */
    public static void cjk(int[] chars, int length, Span span) {
        for (int i = 0; i + 1 < length; i++) span.span(chars, i, i + 2);
        span.span(chars, length - 1, length);
    }
}
