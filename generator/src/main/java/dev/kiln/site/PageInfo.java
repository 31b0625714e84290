package dev.kiln.site;

import dev.kiln.content.SourceFile;

/**
 * A page's identity before its Markdown is parsed: where it comes from and where it goes.
 *
 * @param source the loaded file
 * @param url    output path relative to the site root, always ending in {@code .html}
 *               ({@code index.html}, {@code guide/intro.html}); relative so the site works from
 *               {@code file://} and under any sub-path
 * @param layout the template that renders it, without {@code .ftlh}
 */
public record PageInfo(SourceFile source, String url, String layout) {

    public boolean isHome() {
        return url.equals("index.html");
    }

    /** How many folders deep the output file sits; {@code index.html} is 0. */
    public int depth() {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) if (url.charAt(i) == '/') depth++;
        return depth;
    }

    /** The prefix that leads from this page back to the site root: {@code ""} or {@code "../"}… */
    public String root() {
        return "../".repeat(depth());
    }

    /** Listed in navigation and reading order: not the report, not a 404 page, not opted out. */
    public boolean inReadingOrder() {
        return source.frontMatter().inNav() && !layout.equals("report") && !layout.equals("404");
    }
}
