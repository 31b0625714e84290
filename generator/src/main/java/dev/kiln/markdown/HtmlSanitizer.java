package dev.kiln.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * {@code raw-html: sanitize}: a page's HTML, as flexmark renders it and before formulas, code and
 * diagrams are spliced in, cleaned by jsoup against an allow-list: the elements and attributes
 * Markdown and Kiln's own blocks produce, and links and images with http, https, mailto and tel or
 * relative URLs. Scripts, styles, frames, forms, event handlers and {@code javascript:} URLs go.
 * The splice tokens are private-use characters, plain text to jsoup, so they survive.
 */
final class HtmlSanitizer {
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("details", "summary", "figure", "figcaption", "section", "aside", "div", "span", "input", "hr", "del", "s", "ins",
                    "mark", "kbd", "abbr", "dfn", "caption")
            .addAttributes(":all", "class", "id", "title", "lang", "dir", "role", "tabindex", "aria-hidden", "aria-label", "data-lang")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("ol", "start", "type")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    /** Only for jsoup to tell relative links from absolute ones; it never appears in the output. */
    private static final String BASE = "https://kiln.invalid/";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private HtmlSanitizer() {}

    static String clean(String html) {
        return Jsoup.clean(html, BASE, ALLOWED, OUTPUT);
    }
}
