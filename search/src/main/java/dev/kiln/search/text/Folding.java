package dev.kiln.search.text;

/**
 * The three Unicode operations folding needs, from the platform: the JDK on the JVM, the
 * browser's own {@code String} methods in the page. Everything else the tokenizer does is plain
 * Java shared by both, so index and query can only disagree where two Unicode versions do, and
 * the parity test runs a corpus through both to show they do not.
 */
public interface Folding {
    /** Lower case, with no locale (so {@code I} is {@code i} in every language). */
    String lower(String s);

    /** Compatibility decomposition (NFKD): splits accents from their letters. */
    String nfkd(String s);

    /** Compatibility composition (NFKC): full-width forms to ASCII, ligatures to letters, kana marks back onto their kana. */
    String nfkc(String s);
}
