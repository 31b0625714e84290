package dev.kiln.render;

import dev.kiln.content.SourceFile;
import dev.kiln.demoblock.DemoRenderer;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.highlight.CodeHighlighter;
import dev.kiln.math.KatexRenderer;
import dev.kiln.markdown.MarkdownEngine;
import dev.kiln.markdown.NestingCheck;
import dev.kiln.markdown.OutgoingLink;
import dev.kiln.markdown.ParsedMarkdown;
import dev.kiln.markdown.RenderScope;
import dev.kiln.problem.Limits;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.problem.TextPositions;
import dev.kiln.site.LinkTarget;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
import dev.kiln.site.UrlMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Parses one page's Markdown and renders its body: once for its own URL and, when the site has a
 * full report, once more for the report. Broken links and missing images are reported here, with
 * the line and column of the URL; anchors on other pages are checked later by {@link AnchorCheck}.
 */
public final class BodyCompiler {
    /** Made on first use: a build whose pages all come from the cache never loads flexmark. */
    private final Supplier<MarkdownEngine> markdown;
    private final SiteIndex index;
    private final PageInfo reportPage;
    private final PageEmbeds.Renderers renderers;
    private final boolean lenientMath;
    private final boolean lineNumbers;
    private final boolean numberAll;

    /**
     * @param reportPage  the full report's page, or null when the site has none
     * @param lenientMath render formula errors in red and go on, instead of failing the build
     * @param lineNumbers number code blocks unless their info string says {@code {nolinenos}}
     * @param numberAll   number every display formula, not only labelled ones
     */
    public BodyCompiler(Supplier<MarkdownEngine> markdown, SiteIndex index, PageInfo reportPage, KatexRenderer katex,
            CodeHighlighter highlighter, DiagramRenderer diagrams, DemoRenderer demos, boolean lenientMath, boolean lineNumbers,
            boolean numberAll, java.util.function.Supplier<java.util.Set<String>> citationKeys) {
        this.markdown = markdown;
        this.index = index;
        this.reportPage = reportPage;
        this.renderers = new PageEmbeds.Renderers(katex, highlighter, diagrams, demos, citationKeys);
        this.lenientMath = lenientMath;
        this.lineNumbers = lineNumbers;
        this.numberAll = numberAll;
    }

    public CompiledPage compile(PageInfo info, Problems problems) {
        SourceFile source = info.source();
        // Line numbers are worked out only for the few URLs that need them: anchors to check later, and problems.
        Positions at = new Positions(source);
        int tooDeep = NestingCheck.firstTooDeep(source.body());
        if (tooDeep >= 0) {
            problems.add(Problem.at(source.displayPath(), at.line(tooDeep), at.column(tooDeep), "this line nests block quotes, lists and "
                    + "admonitions more than " + Limits.NESTING + " levels deep (Kiln's limit)", "flatten the structure: no reader follows that many levels"));
        }
        ParsedMarkdown parsed;
        try {
            parsed = markdown.get().parse(tooDeep >= 0 ? "" : source.body());
        } catch (StackOverflowError e) {
            problems.add(tooDeepForFlexmark(source));
            parsed = markdown.get().parse("");
        }
        for (int offset : parsed.unclosedMath()) {
            problems.add(Problem.at(source.displayPath(), at.line(offset), at.column(offset),
                    "display math opened with `$$` is never closed", "end the formula with a line ending in `$$`"));
        }
        List<PendingAnchor> anchorLinks = new ArrayList<>();
        for (OutgoingLink link : parsed.links()) {
            LinkTarget target = index.resolve(info, link.url());
            if (target instanceof LinkTarget.Missing missing) {
                String what = link.image() ? "missing image: " : "broken link: ";
                problems.add(Problem.at(source.displayPath(), at.line(link.offset()), at.column(link.offset()),
                        what + missing.message(), missing.hint()));
            } else if (target instanceof LinkTarget.Refused refused) {
                problems.add(Problem.at(source.displayPath(), at.line(link.offset()), at.column(link.offset()),
                        (link.image() ? "unsafe image: " : "unsafe link: ") + refused.message(), refused.hint()));
            } else if (target instanceof LinkTarget.ToPage page && !page.fragment().isEmpty()) {
                anchorLinks.add(new PendingAnchor(page.page(), page.fragment(), source.displayPath(),
                        at.line(link.offset()), at.column(link.offset())));
            }
        }
        PageEmbeds embeds = new PageEmbeds(renderers, lenientMath, lineNumbers, numberAll, at, problems);
        if (source.frontMatter().yaml().values().containsKey("nocite")) {
            embeds.nocite(Nocite.of(source, renderers.citationKeys() == null ? null : renderers.citationKeys().get(), problems));
        }
        String body = "";
        String report = "";
        try {
            embeds.startRender();
            body = markdown.get().render(parsed, new RenderScope(url -> pageUrl(info, url), 0, UnaryOperator.identity(), embeds));
            if (reportPage != null && info.inReadingOrder()) {
                embeds.startRender();
                report = markdown.get().render(parsed,
                        new RenderScope(url -> reportUrl(url, info), 1, id -> Page.reportHeadingId(info, id), embeds));
            }
        } catch (StackOverflowError e) {
            problems.add(tooDeepForFlexmark(source));
        }
        String fmTitle = source.frontMatter().title();
        String title = !fmTitle.isEmpty() ? fmTitle : !parsed.firstTitle().isEmpty() ? parsed.firstTitle() : fileStem(info);
        // MkDocs Material's rule: a leading `#` heading is the page title, which the layout shows once; one that says
        // something other than the front matter's title is the author's own heading and stays.
        java.util.Set<String> anchors = anchors(body); // a link to the title's id still lands on the page's top, where the title is
        if (fmTitle.isEmpty() || fmTitle.equals(parsed.firstTitle())) {
            body = dropLeadingHeading(body, 1);
            report = dropLeadingHeading(report, 2);
        }
        Page page = new Page(info, title, source.frontMatter().description(), parsed.headings(), dev.kiln.site.PageBody.of(body, report),
                anchors, embeds.features(), parsed.notes());
        return new CompiledPage(page, List.copyOf(anchorLinks), embeds.refs());
    }

    /** The body without the heading it opens with, when it opens with one at {@code level} (the report shifts levels by one). */
    static String dropLeadingHeading(String html, int level) {
        String open = "<h" + level + " ";
        String close = "</h" + level + ">";
        int start = 0;
        while (start < html.length() && Character.isWhitespace(html.charAt(start))) start++;
        if (!html.startsWith(open, start)) return html;
        int end = html.indexOf(close, start);
        if (end < 0) return html;
        return html.substring(end + close.length()).stripLeading();
    }

    /** flexmark recurses per nesting level; {@link NestingCheck} keeps real pages far from this, but a guard stays. */
    private static Problem tooDeepForFlexmark(SourceFile source) {
        return Problem.inFile(source.displayPath(), "this page is nested too deeply for the Markdown parser",
                "flatten its block quotes, lists and admonitions");
    }

    /** Line and column in the file for an offset in the body, the line table built on first use. */
    static final class Positions {
        private final SourceFile source;
        private TextPositions table;

        Positions(SourceFile source) {
            this.source = source;
        }

        Path file() {
            return source.displayPath();
        }

        int line(int offset) {
            return source.bodyFirstLine() - 1 + table().line(offset);
        }

        int column(int offset) {
            return table().column(offset);
        }

        private TextPositions table() {
            if (table == null) table = new TextPositions(source.body());
            return table;
        }
    }

    /** A link as it must read in the page's own output file. */
    private String pageUrl(PageInfo from, String url) {
        LinkTarget target = index.resolve(from, url);
        String fragment = fragmentOf(url);
        if (target instanceof LinkTarget.ToPage page) {
            return page.page() == from && !fragment.isEmpty() ? fragment : from.root() + page.page().url() + fragment;
        }
        if (target instanceof LinkTarget.ToAsset asset) return from.root() + UrlMapper.href(asset.path()) + fragment;
        return target instanceof LinkTarget.Refused ? "#" : url; // a refused URL never reaches the page, whatever happens next
    }

    /** A link as it must read inside the full report, where the pages it contains are sections. */
    private String reportUrl(String url, PageInfo from) {
        LinkTarget target = index.resolve(from, url);
        if (target instanceof LinkTarget.ToPage page && page.page().inReadingOrder()) {
            return "#" + (page.fragment().isEmpty() ? Page.reportAnchor(page.page())
                    : Page.reportHeadingId(page.page(), page.fragment()));
        }
        if (target instanceof LinkTarget.ToPage page) return reportPage.root() + page.page().url() + fragmentOf(url);
        if (target instanceof LinkTarget.ToAsset asset) return reportPage.root() + UrlMapper.href(asset.path()) + fragmentOf(url);
        return target instanceof LinkTarget.Refused ? "#" : url;
    }

    private static String fragmentOf(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }

    private static String fileStem(PageInfo info) {
        String rel = info.source().relativePath();
        return rel.substring(rel.lastIndexOf('/') + 1, rel.length() - ".md".length());
    }

    /** Every {@code id="…"} in the HTML, entity-decoded, so links can target raw HTML anchors too. */
    static Set<String> anchors(String html) {
        Set<String> ids = new HashSet<>();
        for (int at = html.indexOf(" id=\""); at >= 0; at = html.indexOf(" id=\"", at + 5)) {
            int end = html.indexOf('"', at + 5);
            if (end < 0) break;
            String id = html.substring(at + 5, end);
            ids.add(id.indexOf('&') < 0 ? id : id.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return Set.copyOf(ids);
    }
}
