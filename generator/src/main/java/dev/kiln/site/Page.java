package dev.kiln.site;

import dev.kiln.markdown.HeadingRef;
import dev.kiln.markdown.NoteRef;
import java.util.List;
import java.util.Set;

/**
 * A page after its Markdown is rendered: everything the layouts and the link checker need, and
 * no AST (so a 10,000-page site does not keep 10,000 syntax trees alive).
 *
 * @param info        identity and output URL
 * @param title       front matter title, else the first {@code #} heading, else the file name
 * @param description front matter description, or empty
 * @param headings    the body's headings, ids included
 * @param body        the body as HTML, for the page's own URL and for the full report
 * @param anchors     every {@code id} in {@code bodyHtml}, for checking links to {@code page#anchor}
 * @param features    what the page's layout must load for it: KaTeX's stylesheet, mermaid.js
 * @param notes       the body's editor's notes, for the home page's list
 */
public record Page(PageInfo info, String title, String description, List<HeadingRef> headings, PageBody body,
        Set<String> anchors, Set<Feature> features, List<NoteRef> notes) {

    /** Something in a page's body that needs an asset of its own, loaded only on the pages that have it. */
    public enum Feature {
        /** formulas: KaTeX's stylesheet and fonts */
        MATH,
        /** diagrams that are not flowcharts, drawn in the browser by mermaid.js */
        MERMAID,
        /** live demos: the demo widget and, once it starts, the training engine */
        DEMO
    }

    /** The body as HTML for the page's own URL. */
    public String bodyHtml() {
        return body.html();
    }

    /** The body as HTML for the full report (headings shifted, ids prefixed), or empty. */
    public String reportHtml() {
        return body.reportHtml();
    }

    public boolean math() {
        return features.contains(Feature.MATH);
    }

    public boolean mermaid() {
        return features.contains(Feature.MERMAID);
    }

    public boolean demo() {
        return features.contains(Feature.DEMO);
    }

    public String url() {
        return info.url();
    }

    /** The id of this page's section inside the full report, derived from its URL. */
    public static String reportAnchor(PageInfo page) {
        String url = page.url();
        return url.substring(0, url.length() - ".html".length()).replace('/', '-');
    }

    /** The id a heading of {@code page} gets inside the full report, unique across all pages. */
    public static String reportHeadingId(PageInfo page, String id) {
        return reportAnchor(page) + "--" + id;
    }
}
