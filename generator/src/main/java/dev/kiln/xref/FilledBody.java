package dev.kiln.xref;

import dev.kiln.cache.DiskCache;
import dev.kiln.site.PageBody;
import java.util.regex.Matcher;

/**
 * A compiled body with its placeholders filled when a step reads it. A warm build
 * finds the numbered page's layout in the cache under {@link Fill#key}, which is made from the
 * numbers and links alone, so it never reads the body at all.
 */
final class FilledBody implements PageBody {
    /**
     * What goes into one page's placeholders: its items' numbers as shown ("(4.2)", "Figure 3:"), each reference's
     * text ("Equation (3)"), and each reference's link from the page and from the report.
     */
    record Fill(String[] numbers, String[] texts, String[] pageHrefs, String[] reportHrefs) {
        /** Everything the filled body depends on besides the compiled one. */
        String key() {
            return DiskCache.key(String.join("\0", numbers), String.join("\0", texts), String.join("\0", pageHrefs), String.join("\0", reportHrefs));
        }
    }

    private final PageBody compiled;
    private final Fill fill;

    FilledBody(PageBody compiled, Fill fill) {
        this.compiled = compiled;
        this.fill = fill;
    }

    // filled on every read, not kept: a stored body is read from the cache each time too, so a
    // site with thousands of numbered pages does not hold thousands of bodies (one regex pass each)
    @Override
    public String html() {
        return fill(compiled.html(), fill.pageHrefs());
    }

    @Override
    public String reportHtml() {
        return fill(compiled.reportHtml(), fill.reportHrefs());
    }

    /** The HTML with numbers as text and references as links; inside a formula, plain text in its MathML (and TeX annotation). */
    private String fill(String body, String[] hrefs) {
        if (body.isEmpty()) return body;
        Matcher m = Slots.ANY.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 64);
        while (m.find()) {
            int i = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
            String kind = m.group(3) != null ? "f" : m.group(1);
            String[] values = kind.equals("n") ? fill.numbers() : fill.texts();
            if (i >= values.length) continue; // text that only looks like a placeholder (an author's own KILNXREF9X) stays as written
            String with = switch (kind) {
                case "n" -> escape(values[i]);
                case "t" -> escape(values[i]);
                // in a formula's MathML (and TeX annotation) plain text; in the HTML a reader sees, a link
                // that the keyboard skips, since KaTeX hides that HTML from screen readers
                case "f" -> insideMathMl(body, m.start()) ? escape(values[i]) : link(hrefs[i], values[i], " tabindex=\"-1\"");
                default -> link(hrefs[i], values[i], "");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String link(String href, String text, String attributes) {
        return "<a class=\"xref\" href=\"" + escape(href) + "\"" + attributes + ">" + escape(text) + "</a>";
    }

    /** Whether {@code at} lies inside a {@code <math>} element: KaTeX writes the MathML first, then the HTML a reader sees. */
    private static boolean insideMathMl(String html, int at) {
        return html.lastIndexOf("<math", at) > html.lastIndexOf("</math>", at);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
