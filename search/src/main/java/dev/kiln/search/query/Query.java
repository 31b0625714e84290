package dev.kiln.search.query;

import dev.kiln.search.text.Stemmer;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query as terms, tokenized exactly as the index was ({@link dev.kiln.search.text.IndexTokens}):
 * a letter word is its stem; a CJK run of two or more characters is each of its pairs; a single
 * CJK character is a prefix (of the pairs it starts). The word still being typed (no space after
 * it) also matches as a prefix, so "optimi" finds "optimiser".
 */
public final class Query {
    /** Suffixes a reader may be half-way through typing, whose full forms the stemmer removes: "trainin", "traine". */
    private static final String[] PARTIAL_SUFFIXES = {"in", "i", "e"};
    /** A pasted paragraph is not a query: its first this many terms are (each may load a shard). */
    public static final int MAX_TERMS = 32;

    final List<Term> terms;

    private Query(List<Term> terms) {
        this.terms = terms;
    }

    public static Query parse(Tokenizer tokenizer, String text) {
        List<Word> words = tokenizer.words(text);
        Map<String, Term> terms = new LinkedHashMap<>();
        for (int k = 0; k < words.size() && terms.size() < MAX_TERMS; k++) {
            Word w = words.get(k);
            boolean typing = k == words.size() - 1 && w.end[w.length() - 1] == text.length();
            if (w.kind == Word.LETTERS) {
                add(terms, letters(w.text(), typing));
            } else if (w.length() == 1) {
                add(terms, new Term(new String[0], w.text()));
            } else {
                for (int i = 0; i + 1 < w.length(); i++) add(terms, new Term(new String[] {w.text(i, i + 2)}, null));
            }
        }
        return new Query(new ArrayList<>(terms.values()));
    }

    private static Term letters(String word, boolean typing) {
        List<String> exact = new ArrayList<>();
        exact.add(Stemmer.stem(word));
        if (!typing) return new Term(exact.toArray(new String[0]), null);
        for (String suffix : PARTIAL_SUFFIXES) {
            int keep = word.length() - suffix.length();
            if (word.endsWith(suffix) && keep >= 3) {
                exact.add(word.substring(0, keep));
                if (word.charAt(keep - 1) == word.charAt(keep - 2)) exact.add(word.substring(0, keep - 1)); // "runni": run
            }
        }
        return new Term(exact.toArray(new String[0]), word.length() >= 2 ? word : null);
    }

    private static void add(Map<String, Term> terms, Term t) {
        if (terms.size() < MAX_TERMS) terms.putIfAbsent(t.key(), t);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
