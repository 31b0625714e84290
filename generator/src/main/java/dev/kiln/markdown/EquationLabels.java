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
    private static final Pattern VALID = Pattern.compile("eq:" + CrossRefParser.NAME);

    /** {@code \tag{A}} or {@code \tag*{A}}: the author's own number, which KaTeX draws. */
    private static final Pattern TAG = Pattern.compile("\\\\tag\\*?\\{([^{}]*)\\}");
    private static final Pattern NO_NUMBER = Pattern.compile("\\\\(?:notag|nonumber)(?![A-Za-z])");
    /** Environments KaTeX numbers itself, with a CSS counter that would run on across the full report. */
    private static final Pattern NUMBERED_ENV = Pattern.compile("\\\\(begin|end)\\{(equation|align|alignat|gather)\\}");

    /**
     * The TeX for KaTeX, the label (or empty) and where it was written, and how it is numbered:
     * {@code tag} is the author's {@code \tag} (KaTeX draws it; references read it), {@code unnumbered}
     * says {@code \notag}, and {@code always} says the formula was an unstarred {@code equation},
     * {@code align} or {@code gather}, which LaTeX numbers with or without a label.
     */
    record Found(String tex, String label, int offset, String tag, boolean unnumbered, boolean always) {}

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
        if (offset >= 0 && label.isEmpty()) {
            embeds.error(offset, "an empty label", "write `{#eq:name}` or `\\label{eq:name}`, or remove it");
        }
        if (!label.isEmpty() && !VALID.matcher(label).matches()) {
            embeds.error(offset, "`" + label + "` is not an equation label", "write `eq:` and a name of letters, digits, `-`, `_`, "
                    + "such as `{#eq:loss}`; figures and tables take `fig:` and `tbl:` labels on their captions");
            label = "";
        }
        Matcher tag = TAG.matcher(tex);
        String own = tag.find() ? tag.group(1).strip() : null;
        boolean unnumbered = NO_NUMBER.matcher(tex).find();
        if (unnumbered && !label.isEmpty() && own == null) {
            embeds.error(offset, "the label `" + label + "` is on a formula that `\\notag` leaves without a number", "remove the label or the `\\notag`");
        }
        // Kiln numbers the formula as a whole, in the site's count; KaTeX's counter restarts on every page but runs on in the report
        Matcher env = NUMBERED_ENV.matcher(tex);
        boolean always = false;
        StringBuilder starred = new StringBuilder();
        while (env.find()) {
            always = true;
            env.appendReplacement(starred, Matcher.quoteReplacement("\\" + env.group(1) + "{" + env.group(2) + "*}"));
        }
        env.appendTail(starred);
        return new Found(starred.toString(), label, offset, own, unnumbered, always && own == null && !unnumbered);
    }
}
