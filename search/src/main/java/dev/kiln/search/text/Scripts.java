package dev.kiln.search.text;

/**
 * Which code points make words, by fixed ranges rather than the platform's Unicode tables, so
 * the JVM and the page classify every character alike. Applied after folding, so full-width
 * letters are already ASCII.
 */
final class Scripts {
    static final int SEPARATOR = 0;
    static final int WORD = 1;
    /** Han, kana, Hangul and Bopomofo: text without spaces between words, indexed by character pairs. */
    static final int CJK = 2;

    private Scripts() {}

    static int of(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ? WORD : SEPARATOR;
        if (isCjk(c)) return CJK;
        return isSeparator(c) ? SEPARATOR : WORD;
    }

    static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF)
                || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs NFKC left alone
                || (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) // kana, without the middle dot
                || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3100 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF)
                || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)
                || c == 0x3005; // 々, the iteration mark
    }

    /** Punctuation, symbols, spaces, controls and emoji: everything outside ASCII that never belongs to a word. */
    private static boolean isSeparator(int c) {
        return c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA // Latin-1 controls, punctuation and signs
                || c == 0xD7 || c == 0xF7 // × ÷
                || (c >= 0x2000 && c <= 0x2BFF) // general punctuation, arrows, maths, technical, boxes, dingbats
                || (c >= 0x2E00 && c <= 0x2E7F) // supplemental punctuation
                || (c >= 0x3000 && c <= 0x303F && c != 0x3005) // CJK punctuation, ideographic space
                || c == 0x30FB
                || (c >= 0xFE00 && c <= 0xFE6F) // variation selectors, vertical and small forms
                || (c >= 0xFF00 && c <= 0xFF65) // what NFKC leaves of full-width punctuation
                || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF)
                || (c >= 0x1F000 && c <= 0x1FBFF) // emoji, playing cards, symbols
                || (c >= 0xE0000 && c <= 0xE007F); // tags
    }
}
