package dev.kiln.site;

/**
 * A page's rendered body: held in memory when the page was just compiled, or read back from the
 * page cache only when a step needs it, so that a build reusing 10,000 cached pages does not
 * hold (or even decode) 10,000 bodies it lays out from cache too.
 */
public interface PageBody {
    /** The body as HTML for the page's own URL. */
    String html();

    /** The body as HTML for the full report (headings shifted, ids prefixed), or empty. */
    String reportHtml();

    static PageBody of(String html, String reportHtml) {
        return new Held(html, reportHtml);
    }

    /** A body in memory. */
    record Held(String html, String reportHtml) implements PageBody {}
}
