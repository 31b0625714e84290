package dev.kiln.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.kiln.cache.DiskCache;
import dev.kiln.demoblock.DemoRenderer;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.highlight.CodeHighlighter;
import dev.kiln.markdown.EmbedRenderer;
import dev.kiln.math.KatexRenderer;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.site.Page;
import dev.kiln.xref.PageRefs;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Formulas through KaTeX, code through highlight.js and diagrams through ELK, for one page, with
 * the page's file and line numbers at hand so that an error is reported at its exact character.
 * A page's bodies (its own and its part of the report) are rendered one after the other on one thread.
 */
final class PageEmbeds implements EmbedRenderer {
    private final Renderers renderers;
    private final boolean lenientMath;
    private final boolean lineNumbers;
    private final BodyCompiler.Positions at;
    private final Problems problems;
    private final Set<Page.Feature> features = EnumSet.noneOf(Page.Feature.class);
    private final String idPrefix;
    private final PageXrefs xrefs;
    private int diagrams;

    /** The site-wide renderers a page's embeds go through. */
    /** @param citationKeys the bibliography's keys (read on first use), or null when the site has none */
    record Renderers(KatexRenderer katex, CodeHighlighter highlighter, DiagramRenderer diagrams, DemoRenderer demos,
            java.util.function.Supplier<Set<String>> citationKeys) {}

    /** @param numberAll number every display formula, not only the labelled ones ({@code math.number: all}) */
    PageEmbeds(Renderers renderers, boolean lenientMath, boolean lineNumbers, boolean numberAll, BodyCompiler.Positions at, Problems problems) {
        this.renderers = renderers;
        this.xrefs = new PageXrefs(at, numberAll);
        this.lenientMath = lenientMath;
        this.lineNumbers = lineNumbers;
        this.at = at;
        this.problems = problems;
        // ids stay unique in the full report, which holds the diagrams of every page
        this.idPrefix = "d" + DiskCache.key(at.file().toString()).substring(0, 6) + "-";
    }

    /** What the page's layout must load: KaTeX's stylesheet, mermaid.js. */
    Set<Page.Feature> features() {
        // in declaration order, as a cached page's are: the layout cache's key lists them
        return features.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(features));
    }

    /** What the page numbers and refers to, once rendered. */
    PageRefs refs() {
        return xrefs.recorded();
    }

    /** Before each rendering of the page (its own body, its part of the report). */
    void startRender() {
        xrefs.startRender();
    }

    @Override
    public String number(String label, int offset, String caption, boolean always) {
        return xrefs.number(label, offset, caption, always);
    }

    @Override
    public String tagged(String label, int offset, String tag) {
        if (!label.isEmpty()) xrefs.tagged(label, offset, tag);
        return "";
    }

    @Override
    public String crossReference(String label, boolean withWord, String source, int offset, boolean inLink) {
        return xrefs.reference(label, withWord ? PageRefs.Form.WORD : PageRefs.Form.NUMBER, offset, inLink);
    }

    /** The works the page's references list shows uncited. */
    void nocite(List<String> keys) {
        xrefs.nocite(keys);
    }

    @Override
    public String citation(dev.kiln.cite.Citation citation, String source, int offset, boolean inLink) {
        Set<String> keys = renderers.citationKeys() == null ? null : renderers.citationKeys().get();
        if (keys == null) {
            // without a bibliography, `@name` is just text; brackets say a citation was meant
            if (citation.narrative()) return Escaping.escapeHtml(source, false);
            error(offset, "a citation, but the site has no bibliography", "add `bibliography: references.bib` to site.yaml, for a "
                    + "BibTeX file content/references.bib; or write `\\[` for a literal bracket");
            return Escaping.escapeHtml(source, false);
        }
        int at = offset;
        for (dev.kiln.cite.Citation.Item item : citation.items()) {
            if (keys.contains(item.key())) continue;
            int found = source.indexOf("@" + item.key());
            String near = dev.kiln.problem.Nearest.likely(item.key(), keys);
            error(at + Math.max(0, found), "no work in the bibliography has the key `" + item.key() + "`",
                    (near != null ? "did you mean `" + near + "`?" : "add it to the .bib file")
                            + (citation.narrative() ? "; for a literal @, write `\\@`" : ""));
            return Escaping.escapeHtml(source, false);
        }
        return xrefs.citation(citation, inLink);
    }

    @Override
    public String references(int offset) {
        if (xrefs.markedTwice()) {
            error(offset, "a second place for the references list", "a page has one list of references: keep one `::: {#refs}`");
        }
        return xrefs.references();
    }

    @Override
    public void error(int offset, String message, String hint) {
        problems.add(Problem.at(at.file(), at.line(offset), at.column(offset), message, hint));
    }

    @Override
    public String formula(String written, boolean display, String source, IntUnaryOperator writtenOffsets) {
        features.add(Page.Feature.MATH);
        PageXrefs.Rewritten rewritten = xrefs.inFormula(written, writtenOffsets);
        String tex = rewritten.tex();
        IntUnaryOperator offsets = rewritten.offsets();
        KatexRenderer katex = renderers.katex();
        KatexRenderer.Result result = katex.render(tex, display);
        if (result.ok()) return result.html();
        int offset = offsets.applyAsInt(Math.max(0, result.position()));
        Problem problem = Problem.at(at.file(), at.line(offset), at.column(offset), "KaTeX: " + result.error(),
                "in the formula `" + abbreviate(written) + "`" + (lenientMath ? "" : "; fix the TeX, or build with --lenient-math to show errors in the page"));
        if (!lenientMath) {
            problems.add(problem);
            return Escaping.escapeHtml(source, false);
        }
        problems.warn(problem);
        return "<span class=\"math-error\" title=\"" + Escaping.escapeHtml(result.error(), false) + "\">"
                + Escaping.escapeHtml(source, false) + "</span>";
    }

    @Override
    public void unsupported(int offset, String message, String hint) {
        problems.warn(Problem.at(at.file(), at.line(offset), at.column(offset), message, hint));
    }

    @Override
    public String code(String code, String language, int offset) {
        if (CodeHighlighter.isPlain(language)) return Escaping.escapeHtml(code, false);
        return renderers.highlighter().highlight(code, language).orElseGet(() -> {
            problems.warn(Problem.at(at.file(), at.line(offset), at.column(offset),
                    "unknown code language `" + language + "`: shown as plain text",
                    "use a language highlight.js knows (python, java, bash, yaml, json, xml, javascript, sql, …) or `text`"));
            return Escaping.escapeHtml(code, false);
        });
    }

    @Override
    public String diagram(String source, IntUnaryOperator lineStarts) {
        DiagramRenderer.Result result = renderers.diagrams().render(source);
        if (result instanceof DiagramRenderer.Result.Svg svg) {
            String id = idPrefix + ++diagrams;
            return "<figure class=\"diagram diagram-drawn diagram-" + svg.type() + "\">" + svg.svg().replace(DiagramRenderer.ID_TOKEN, id) + "</figure>";
        }
        if (result instanceof DiagramRenderer.Result.Error error) {
            int offset = lineStarts.applyAsInt(error.line() - 1) + error.column() - 1;
            problems.add(Problem.at(at.file(), at.line(offset), at.column(offset), error.message(), error.hint()));
        } else {
            features.add(Page.Feature.MERMAID);
        }
        // mermaid.js draws what it finds in <pre class="mermaid">; without JavaScript the source
        // reads as a code block under a note that says why
        return "<figure class=\"diagram diagram-mermaid\"><p class=\"diagram-note\" data-search=\"skip\">"
                + Escaping.escapeHtml(renderers.diagrams().scriptNote(), false) + "</p><pre class=\"mermaid\">"
                + Escaping.escapeHtml(source, false) + "</pre></figure>";
    }

    @Override
    public String demo(String yaml, String id, IntUnaryOperator lineStarts) {
        DemoRenderer.Result result = renderers.demos().render(yaml, id);
        if (result instanceof DemoRenderer.Result.Html html) {
            features.add(Page.Feature.DEMO);
            return html.html();
        }
        List<DemoRenderer.Result.Error> errors = result instanceof DemoRenderer.Result.Errors all ? all.errors()
                : List.of((DemoRenderer.Result.Error) result);
        for (DemoRenderer.Result.Error error : errors) {
            int offset = lineStarts.applyAsInt(error.line()) + error.column();
            problems.add(Problem.at(at.file(), at.line(offset), at.column(offset), error.message(),
                    "the demo settings Kiln knows are listed in README.md under Live demos"));
        }
        return "<pre class=\"demo-source\">" + Escaping.escapeHtml(yaml, false) + "</pre>";
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
