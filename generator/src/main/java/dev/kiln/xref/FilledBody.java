package dev.kiln.xref;

import dev.kiln.cache.DiskCache;
import dev.kiln.site.PageBody;
import java.util.regex.Matcher;

/**
 * A compiled body with its placeholders filled, made only when a step reads it. A warm build
 * finds the numbered page's layout in the cache under {@link Fill#key}, which is made from the
 * numbers and links alone, so it never reads the body at all.
 */
final class FilledBody implements PageBody {
    /**
     * What goes into one page's placeholders: its formulas' numbers ("4.2"), each reference's
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
    private volatile String html;
    private volatile String reportHtml;

    FilledBody(PageBody compiled, Fill fill) {
        this.compiled = compiled;
        this.fill = fill;
    }

    @Override
    public String html() {
        String h = html;
        if (h == null) html = h = fill(compiled.html(), fill.pageHrefs());
        return h;
    }

    @Override
    public String reportHtml() {
        String h = reportHtml;
        if (h == null) reportHtml = h = fill(compiled.reportHtml(), fill.reportHrefs());
        return h;
    }

    /** The HTML with numbers as text and references as links; inside a formula, plain text in its MathML (and TeX annotation). */
    private String fill(String body, String[] hrefs) {
        if (body.isEmpty()) return body;
        Matcher m = Slots.ANY.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 64);
        while (m.find()) {
            String with;
            if (m.group(3) != null) {
                int i = Integer.parseInt(m.group(3));
                with = insideMathMl(body, m.start()) ? escape(fill.texts()[i]) : link(hrefs[i], fill.texts()[i]);
            } else if (m.group(1).equals("n")) {
                with = "(" + fill.numbers()[Integer.parseInt(m.group(2))] + ")";
            } else {
                int i = Integer.parseInt(m.group(2));
                with = link(hrefs[i], fill.texts()[i]);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String link(String href, String text) {
        return "<a class=\"xref\" href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** Whether {@code at} lies inside a {@code <math>} element: KaTeX writes the MathML first, then the HTML a reader sees. */
    private static boolean insideMathMl(String html, int at) {
        return html.lastIndexOf("<math", at) > html.lastIndexOf("</math>", at);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
