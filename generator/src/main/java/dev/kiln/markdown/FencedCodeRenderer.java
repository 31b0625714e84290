package dev.kiln.markdown;

import static dev.kiln.markdown.KilnMarkdownExtension.escape;
import static dev.kiln.markdown.KilnMarkdownExtension.preformatted;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Code fences. Mermaid sources become diagrams and demo settings become trained models. Other code
 * is highlighted and labelled with its language; the info string may add a title, marked lines and
 * line numbers ({@link FenceInfo}), and an option Kiln does not know is a warning, not silence.
 */
final class FencedCodeRenderer {
    private FencedCodeRenderer() {}

    static void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        // CommonMark: backslash escapes and entities in an info string count (`foo\+bar` is `foo+bar`)
        FenceInfo info = FenceInfo.parse(node.getInfo().unescape().strip());
        String lang = info.language();
        String source = node.getContentChars().normalizeEOL();
        EmbedRenderer embeds = RenderScope.current().embeds();
        html.line();
        if (lang.equals("mermaid") || lang.equals("demo")) {
            List<BasedSequence> lines = node.getContentLines();
            IntUnaryOperator lineStarts = i -> lines.isEmpty() ? node.getStartOffset() : lines.get(Math.min(i, lines.size() - 1)).getStartOffset();
            String block = lang.equals("mermaid") ? embeds.diagram(source, lineStarts)
                    : embeds.demo(source, RenderScope.current().ids().apply("demo-" + demoNumber(node)), lineStarts);
            if (info.figure()) block = asFigure(block, info, node, embeds);
            preformatted(html, RenderScope.splice(block));
            html.line();
            return;
        }
        if (info.figure()) info = withUnsupported(info, "a figure label or caption (only diagrams and demos are numbered figures)");
        if (!info.unsupported().isEmpty()) {
            // point at the first option not understood
            int at = node.getInfo().getStartOffset() + Math.max(0, node.getInfo().toString().indexOf(info.firstBad()));
            embeds.unsupported(at, "code fence: " + String.join(", ", info.unsupported()) + " not understood, so ignored",
                    "Kiln reads the language, title=\"…\", hl_lines=\"2 4-6\", linenums=\"1\", {linenos} and {nolinenos}");
        }
        boolean numbered = info.numbered(embeds.lineNumbersByDefault());
        String code = embeds.code(source, lang, node.getStartOffset());
        if (numbered || !info.marked().isEmpty()) code = LineNumbers.wrap(code, info::isMarked);
        code = RenderScope.splice(code);
        String l = escape(lang);
        String label = lang.isEmpty() ? "" : " data-lang=\"" + l + "\"";
        String codeClass = lang.isEmpty() ? "" : " class=\"language-" + l + "\"";
        String start = info.firstLine() > 1 ? " style=\"counter-reset: line " + (info.firstLine() - 1) + "\"" : "";
        String title = info.title().isEmpty() ? "" : "<div class=\"code-title\">" + escape(info.title()) + "</div>";
        // tabindex: a block that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
        preformatted(html, "<div class=\"code-block" + (title.isEmpty() ? "" : " has-title") + "\"" + label + ">" + title
                + "<pre class=\"code" + (numbered ? " linenos" : "") + "\" tabindex=\"0\"><code" + codeClass + start + ">" + code + "</code></pre></div>");
        html.line();
    }

    /**
     * A diagram or demo as a numbered figure ({@code ```mermaid {#fig:flow caption="The pipeline"}}):
     * its own {@code <figure>} (a demo's has an id its script needs) inside one with the label as
     * id and the caption after it.
     */
    private static String asFigure(String block, FenceInfo info, FencedCodeBlock node, EmbedRenderer embeds) {
        if (!block.startsWith("<figure") || !block.endsWith("</figure>")) return block; // an error's plain source: nothing to caption
        String number = "";
        String id = "";
        if (!info.label().isEmpty()) {
            int at = node.getInfo().getStartOffset() + Math.max(0, node.getInfo().toString().indexOf("#" + info.label()));
            number = embeds.number(info.label(), at, info.caption(), false);
            id = " id=\"" + escape(RenderScope.current().ids().apply(info.label())) + "\"";
        }
        String caption = "<figcaption>" + (number.isEmpty() ? "" : "<span class=\"caption-number\">" + number + "</span>")
                + escape(info.caption()) + "</figcaption>";
        return "<figure class=\"captioned-block\"" + id + ">" + block + caption + "</figure>";
    }

    private static FenceInfo withUnsupported(FenceInfo info, String what) {
        List<String> unsupported = new java.util.ArrayList<>(info.unsupported());
        unsupported.add(what);
        String bad = info.firstBad().isEmpty() ? (info.label().isEmpty() ? "caption" : "#" + info.label()) : info.firstBad();
        return new FenceInfo(info.language(), info.title(), info.marked(), info.firstLine(), info.linenos(), info.nolinenos(),
                List.copyOf(unsupported), bad, "", "");
    }

    /** 1 for the page's first demo block, 2 for the second… so ids stay the same from build to build. */
    private static int demoNumber(FencedCodeBlock node) {
        int n = 0;
        for (Node block : node.getDocument().getDescendants()) {
            if (block instanceof FencedCodeBlock fence && FenceInfo.parse(fence.getInfo().unescape()).language().equals("demo")) n++;
            if (block == node) break;
        }
        return n;
    }
}
