package dev.kiln.xref;

import java.util.regex.Pattern;

/**
 * The placeholders a compiled body holds until {@link Numbering} knows the numbers. In HTML they
 * are private-use characters around an index, which no author types; inside a formula KaTeX
 * must accept them as text, so there they are plain letters and digits.
 */
public final class Slots {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /**
     * Any placeholder: a number ({@code n}), a reference in text ({@code r}), one inside a link's
     * text, which may hold no second link ({@code t}), one in a formula ({@code KILNXREF…X}), a
     * citation ({@code c}; {@code d} inside a link's text) or the references list ({@code b}).
     */
    static final Pattern ANY = Pattern.compile(OPEN + "([nrtcdb])(\\d+)" + CLOSE + "|KILNXREF(\\d+)X");

    private Slots() {}

    /** Where the {@code i}th numbered formula's number goes. */
    public static String number(int i) {
        return OPEN + "n" + i + CLOSE;
    }

    /** Where the {@code i}th reference in text goes, link and all. */
    public static String reference(int i) {
        return OPEN + "r" + i + CLOSE;
    }

    /** Where the {@code i}th reference goes as plain text, inside a link's text. */
    public static String referenceText(int i) {
        return OPEN + "t" + i + CLOSE;
    }

    /** Where the {@code i}th citation goes. */
    public static String citation(int i) {
        return OPEN + "c" + i + CLOSE;
    }

    /** Where the {@code i}th citation goes as text, inside a link's text. */
    public static String citationText(int i) {
        return OPEN + "d" + i + CLOSE;
    }

    /** Where the page's references list goes. */
    public static String references() {
        return OPEN + "b0" + CLOSE;
    }

    /** The TeX that stands for the {@code i}th reference inside a formula ({@code \eqref}, {@code \ref}). */
    public static String inFormula(int i) {
        return "\\text{KILNXREF" + i + "X}";
    }
}
