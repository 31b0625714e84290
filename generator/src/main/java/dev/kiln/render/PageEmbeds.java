package dev.kiln.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.kiln.highlight.CodeHighlighter;
import dev.kiln.markdown.EmbedRenderer;
import dev.kiln.math.KatexRenderer;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.util.function.IntUnaryOperator;

/**
 * Formulas through KaTeX and code through highlight.js, for one page, with the page's file and
 * line numbers at hand so that a formula KaTeX cannot parse is reported at its exact character.
 */
final class PageEmbeds implements EmbedRenderer {
    private final KatexRenderer katex;
    private final CodeHighlighter highlighter;
    private final boolean lenientMath;
    private final boolean lineNumbers;
    private final BodyCompiler.Positions at;
    private final Problems problems;
    private volatile boolean math;

    PageEmbeds(KatexRenderer katex, CodeHighlighter highlighter, boolean lenientMath, boolean lineNumbers,
            BodyCompiler.Positions at, Problems problems) {
        this.katex = katex;
        this.highlighter = highlighter;
        this.lenientMath = lenientMath;
        this.lineNumbers = lineNumbers;
        this.at = at;
        this.problems = problems;
    }

    /** Whether the page has a formula, so its layout links KaTeX's stylesheet. */
    boolean hasMath() {
        return math;
    }

    @Override
    public String formula(String tex, boolean display, String source, IntUnaryOperator offsets) {
        math = true;
        KatexRenderer.Result result = katex.render(tex, display);
        if (result.ok()) return result.html();
        int offset = offsets.applyAsInt(Math.max(0, result.position()));
        Problem problem = Problem.at(at.file(), at.line(offset), at.column(offset), "KaTeX: " + result.error(),
                "in the formula `" + abbreviate(tex) + "`" + (lenientMath ? "" : "; fix the TeX, or build with --lenient-math to show errors in the page"));
        if (!lenientMath) {
            problems.add(problem);
            return Escaping.escapeHtml(source, false);
        }
        problems.warn(problem);
        return "<span class=\"math-error\" title=\"" + Escaping.escapeHtml(result.error(), false) + "\">"
                + Escaping.escapeHtml(source, false) + "</span>";
    }

    @Override
    public String code(String code, String language, int offset) {
        if (CodeHighlighter.isPlain(language)) return Escaping.escapeHtml(code, false);
        return highlighter.highlight(code, language).orElseGet(() -> {
            problems.warn(Problem.at(at.file(), at.line(offset), at.column(offset),
                    "unknown code language `" + language + "`: shown as plain text",
                    "use a language highlight.js knows (python, java, bash, yaml, json, xml, javascript, sql, …) or `text`"));
            return Escaping.escapeHtml(code, false);
        });
    }

    @Override
    public boolean lineNumbersByDefault() {
        return lineNumbers;
    }

    private static String abbreviate(String tex) {
        String oneLine = tex.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
    }
}
