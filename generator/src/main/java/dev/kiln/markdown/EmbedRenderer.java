package dev.kiln.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.function.IntUnaryOperator;

/**
 * Turns formulas and code into HTML. The Markdown stage only finds and marks them; the build
 * plugs in KaTeX and highlight.js, which need the page's file for error messages. {@link #RAW}
 * keeps the source as written.
 */
public interface EmbedRenderer {

    /**
     * The inside of a formula's element.
     *
     * @param source  the formula as written, delimiters included
     * @param offsets maps an index into {@code tex} to a character offset in the page body
     */
    String formula(String tex, boolean display, String source, IntUnaryOperator offsets);

    /**
     * The inside of a code block's {@code <code>} element.
     *
     * @param offset where the block starts in the page body
     */
    String code(String code, String language, int offset);

    /**
     * The whole block for a {@code mermaid} diagram.
     *
     * @param lineStarts maps a 0-based line of {@code source} to the offset where it starts in the page body
     */
    String diagram(String source, IntUnaryOperator lineStarts);

    /**
     * The whole block for a {@code demo}: a model trained from the block's YAML settings.
     *
     * @param id         the figure's element id, unique in the output page
     * @param lineStarts maps a 0-based line of {@code yaml} to the offset where it starts in the page body
     */
    String demo(String yaml, String id, IntUnaryOperator lineStarts);

    /**
     * Reports syntax Kiln reads but does not support (a code fence option), so the author hears of
     * it instead of finding it silently ignored.
     *
     * @param offset where the syntax starts in the page body
     */
    default void unsupported(int offset, String message, String hint) {}

    /**
     * What stands for the number of a formula, figure or table until every page's numbers are known
     * ({@code xref.Numbering} fills it in); empty for a formula that goes unnumbered.
     *
     * @param label   {@code eq:name}, {@code fig:name} or {@code tbl:name}, or empty for an unlabelled formula
     * @param offset  where the label was written in the page body
     * @param caption a figure's or table's caption as plain text, for the report's lists; empty for a formula
     * @param always  numbered even without a label (a formula LaTeX would number)
     */
    default String number(String label, int offset, String caption, boolean always) {
        return "";
    }

    /**
     * Records a formula that carries its own number ({@code \tag{A}}), which KaTeX draws, so that
     * references to its label read "(A)". Returns what goes in the number's place: nothing.
     */
    default String tagged(String label, int offset, String tag) {
        return "";
    }

    /**
     * What stands for a cross-reference until every page's numbers are known.
     *
     * @param withWord "Equation (3)" rather than "(3)"
     * @param source   the reference as written
     * @param inLink   it stands in a link's text, so it must not be a link itself
     */
    default String crossReference(String label, boolean withWord, String source, int offset, boolean inLink) {
        return Escaping.escapeHtml(source, false);
    }

    /** What stands for a citation until its document's citations are formatted together. */
    /** @param inLink it stands in a link's text, so it must not be a link itself */
    default String citation(dev.kiln.cite.Citation citation, String source, int offset, boolean inLink) {
        return Escaping.escapeHtml(source, false);
    }

    /** What stands for the page's references list, where {@code ::: {#refs}} (at {@code offset}) marks its place. */
    default String references(int offset) {
        return "";
    }

    /** Reports a mistake in the page that fails the build, such as a malformed label. */
    default void error(int offset, String message, String hint) {}

    /** Whether code blocks get line numbers when their info string does not say. */
    default boolean lineNumbersByDefault() {
        return false;
    }

    EmbedRenderer RAW = new EmbedRenderer() {
        @Override
        public String formula(String tex, boolean display, String source, IntUnaryOperator offsets) {
            return Escaping.escapeHtml(source, false);
        }

        @Override
        public String code(String code, String language, int offset) {
            return Escaping.escapeHtml(code, false);
        }

        @Override
        public String demo(String yaml, String id, IntUnaryOperator lineStarts) {
            return "<pre class=\"demo-source\"><code class=\"language-yaml\">" + Escaping.escapeHtml(yaml, false) + "</code></pre>";
        }

        @Override
        public String diagram(String source, IntUnaryOperator lineStarts) {
            return "<pre class=\"diagram diagram-mermaid\"><code class=\"language-mermaid\">" + Escaping.escapeHtml(source, false) + "</code></pre>";
        }
    };
}
