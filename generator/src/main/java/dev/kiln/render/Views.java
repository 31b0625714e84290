package dev.kiln.render;

import dev.kiln.site.TocEntry;
import java.util.List;
import java.util.Map;

/**
 * The values templates see. Records, which Freemarker exposes as {@code page.title} and so on;
 * an absent link (no previous page) is null, tested in templates with {@code ??}.
 */
public final class Views {
    private Views() {}

    /** {@code site}: settings from site.yaml and site-wide URLs. */
    public record SiteView(String title, String description, String language, String author, String baseUrl,
            Map<String, Object> params, String reportUrl, String generator, String paper, String date) {}

    /** An editor's note as the home page lists it: its title, the link to it, and the page it is on. */
    public record NoteView(String title, String url, String pageTitle) {}

    /** A titled link, URL relative to the site root. */
    public record LinkView(String title, String url) {}

    /** A page as listed elsewhere, such as a card on the home page. */
    public record CardView(String title, String description, String url, List<TocEntry> sections) {}

    /** One page's section inside the full report; the home page's is the report's opening, with no heading of its own. */
    public record ReportSection(String title, String anchor, String content, List<TocEntry> toc, boolean opening) {}

    /**
     * {@code page}: the page being rendered.
     *
     * @param content     the body HTML (write it with {@code ?no_esc})
     * @param toc         on-page table of contents, two levels deep
     * @param params      every front matter key, free ones included
     * @param breadcrumbs from home down to the page's folder (the page itself not included)
     * @param canonical   absolute URL when {@code base-url} is set, else empty
     * @param source      the Markdown file, relative to the content folder
     * @param math        whether the page shows formulas, and so needs KaTeX's stylesheet
     * @param mermaid     whether the page has diagrams drawn in the browser, and so needs mermaid.js
     * @param demo        whether the page has live demos, and so needs the demo widget
     */
    public record PageView(String title, String description, String url, String layout, String content,
            List<TocEntry> toc, List<String> keywords, Map<String, Object> params, List<LinkView> breadcrumbs,
            LinkView prev, LinkView next, String canonical, boolean home, String source, boolean math,
            boolean mermaid, boolean demo) {}
}
