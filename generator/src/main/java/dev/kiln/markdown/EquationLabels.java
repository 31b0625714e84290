package dev.kiln.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A display formula's label, from {@code $$ {#eq:name}} after it or {@code \label{eq:name}} inside
 * it (LaTeX's way). KaTeX knows no {@code \label}, so it is blanked out of the TeX, space for
 * character, and error positions in the rest of the formula stay right.
 */
final class EquationLabels {
    static final Pattern LABEL = Pattern.compile("\\\\label\\{([^{}]*)\\}");
    /** Pandoc-crossref's rule for what follows {@code eq:}: letters, digits, {@code _ . : -}. */
    private static final Pattern VALID = Pattern.compile("eq:[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*");

    /** The TeX for KaTeX, the label (or empty) and where it was written. */
    record Found(String tex, String label, int offset) {}

    private EquationLabels() {}

    /** The TeX with the match replaced by as many spaces, so every other character keeps its index. */
    static String blank(String tex, Matcher match) {
        return tex.substring(0, match.start()) + " ".repeat(match.end() - match.start()) + tex.substring(match.end());
    }

    static Found of(MathBlock block, EmbedRenderer embeds) {
        String tex = block.tex();
        String label = block.label();
        int offset = block.labelOffset();
        Matcher inside = LABEL.matcher(tex);
        if (inside.find()) {
            int at = block.offsetOf(inside.start());
            if (!label.isEmpty() && !label.equals(inside.group(1).strip())) {
                embeds.error(at, "this formula has two labels, `" + label + "` after it and `" + inside.group(1) + "` inside it",
                        "keep one of them");
            } else if (label.isEmpty()) {
                label = inside.group(1).strip();
                offset = at;
            }
            tex = blank(tex, inside);
            if (inside.find()) embeds.error(block.offsetOf(inside.start()), "a second `\\label` in one formula", "a formula has one label; remove this one");
        }
        if (!label.isEmpty() && !VALID.matcher(label).matches()) {
            embeds.error(offset, "`" + label + "` is not an equation label", "write `eq:` and a name of letters, digits, `-`, `_`, "
                    + "such as `{#eq:loss}`; figures and tables take `fig:` and `tbl:` labels on their captions");
            label = "";
        }
        return new Found(tex, label, offset);
    }
}
