package dev.kiln.search.text;

/**
 * Folds one code point to what search compares: lower case, accents dropped, compatibility
 * forms composed (NFKC: full-width {@code Ａ１} is {@code a1}, {@code ﬁ} is {@code fi}), and
 * traditional Han characters mapped to simplified ones ({@link Variants}). Folding one code
 * point at a time keeps every folded character tied to its place in the original text, which is
 * what highlighting needs.
 */
public final class CharFolder {
    private final Folding folding;
    /** Folded forms of the Basic Multilingual Plane, filled as met; a race only computes a value twice. */
    private final String[] bmp = new String[0x10000];

    /** ASCII folded: each letter's lower case, everything else itself. */
    private static final String[] ASCII = new String[0x80];

    static {
        for (int c = 0; c < 0x80; c++) ASCII[c] = String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
    }

    public CharFolder(Folding folding) {
        this.folding = folding;
    }

    /** The folded form of {@code c}: usually one character, sometimes none (a lone accent) or several ({@code ㍿}). */
    public String fold(int c) {
        if (c < 0x80) return ASCII[c];
        if (c >= 0x10000) return compute(c);
        String f = bmp[c];
        if (f == null) {
            f = compute(c);
            bmp[c] = f;
        }
        return f;
    }

    private String compute(int c) {
        String s = folding.nfkd(folding.lower(new String(Character.toChars(c))));
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!isAccent(ch)) kept.append(ch);
        }
        String composed = folding.nfkc(kept.toString());
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) out.append(Variants.simplified(composed.charAt(i)));
        return out.toString();
    }

    /**
     * The combining marks folding drops: the diacritics blocks used by Latin, Greek and Cyrillic.
     * Marks that are letters' vowels elsewhere (Devanagari, Thai) and the kana voicing marks stay.
     */
    static boolean isAccent(char c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
                || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
    }
}
