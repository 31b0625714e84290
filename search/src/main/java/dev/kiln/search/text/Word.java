package dev.kiln.search.text;

/**
 * A run of word characters after folding: a Latin (or Greek, Cyrillic, …) word, or a run of
 * Han, kana or Hangul, which has no spaces to split it. Each folded code point keeps the range of
 * the original text it came from.
 */
public final class Word {
    public static final int LETTERS = Scripts.WORD;
    public static final int CJK = Scripts.CJK;

    public final int kind;
    /** Folded code points. */
    public final int[] chars;
    /** For each folded code point, where its source starts and ends in the original text (UTF-16 offsets). */
    public final int[] start;
    public final int[] end;

    Word(int kind, int[] chars, int[] start, int[] end) {
        this.kind = kind;
        this.chars = chars;
        this.start = start;
        this.end = end;
    }

    public int length() {
        return chars.length;
    }

    /** The folded text of code points {@code from} (inclusive) to {@code to} (exclusive). */
    public String text(int from, int to) {
        return new String(chars, from, to - from);
    }

    public String text() {
        return text(0, chars.length);
    }

    /** One line a word: its kind, its folded text, and the source range of each code point (for the parity test). */
    public static String describe(java.util.List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            out.append(w.kind == CJK ? "cjk " : "word ").append(w.text());
            for (int i = 0; i < w.length(); i++) out.append(' ').append(w.start[i]).append('-').append(w.end[i]);
            out.append('\n');
        }
        return out.toString();
    }
}
