package dev.kiln.xref;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.kiln.cache.DiskCache;
import dev.kiln.site.PageBody;
import dev.kiln.cite.CiteProc;
import java.util.List;
import java.util.function.Supplier;
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
    record Fill(String[] numbers, String[] texts, String[] pageHrefs, String[] reportHrefs, Cites cites) {
        /** Everything the filled body depends on besides the compiled one. */
        String key() {
            // not the report's citations: a page's own HTML never reads them, and the report's key holds every page's
            return DiskCache.key(String.join("\0", numbers), String.join("\0", texts), String.join("\0", pageHrefs), String.join("\0", reportHrefs));
        }
    }

    /**
     * The page's citations as formatted for the page on its own, and for the full report, where
     * numeric styles number across the whole document, and the report's references list when it
     * goes where this page marks its own; all made on first use.
     *
     * @param key what the report's formatting depends on beyond the page (every page's citations), or empty
     */
    record Cites(Supplier<CiteProc.Rendered> page, Supplier<List<String>> report, Supplier<String> reportList, boolean list, String key) {
        static final Cites NONE = new Cites(() -> new CiteProc.Rendered(List.of(), ""), List::of, () -> "", false, "");
    }

    private final PageBody compiled;
    private final Fill fill;
    private final String referencesTitle;

    /** @param referencesTitle the heading of a references list placed at the page's end */
    FilledBody(PageBody compiled, Fill fill, String referencesTitle) {
        this.compiled = compiled;
        this.fill = fill;
        this.referencesTitle = referencesTitle;
    }

    // filled on every read, not kept: a stored body is read from the cache each time too, so a
    // site with thousands of numbered pages does not hold thousands of bodies (one regex pass each)
    @Override
    public String html() {
        return fill(compiled.html(), fill.pageHrefs(), false);
    }

    @Override
    public String reportHtml() {
        return fill(compiled.reportHtml(), fill.reportHrefs(), true);
    }

    /** The HTML with numbers as text and references as links; inside a formula, plain text in its MathML (and TeX annotation). */
    private String fill(String body, String[] hrefs, boolean inReport) {
        if (body.isEmpty()) return body;
        boolean listed = false;
        Matcher m = Slots.ANY.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 64);
        while (m.find()) {
            int i = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
            String kind = m.group(3) != null ? "f" : m.group(1);
            String with;
            if (kind.equals("c") || kind.equals("d")) {
                List<String> cites = inReport ? fill.cites().report().get() : fill.cites().page().get().texts();
                with = i >= cites.size() ? m.group() : kind.equals("c") ? cites.get(i) : unlinked(cites.get(i));
            } else if (kind.equals("b")) {
                // the page's own list goes where it marks; the report's one list where the first page marks it, or at its end
                with = references(inReport ? fill.cites().reportList().get() : fill.cites().page().get().bibliography(), false);
                listed = true;
            } else {
                String[] values = kind.equals("n") ? fill.numbers() : fill.texts();
                if (i >= values.length) continue; // text that only looks like a placeholder (an author's own KILNXREF9X) stays as written
                with = switch (kind) {
                    case "n", "t" -> escape(values[i]);
                    // in a formula's MathML (and TeX annotation) plain text; in the HTML a reader sees, a link
                    // that the keyboard skips, since KaTeX hides that HTML from screen readers
                    case "f" -> insideMathMl(body, m.start()) ? escape(values[i]) : link(hrefs[i], values[i], " tabindex=\"-1\"");
                    default -> link(hrefs[i], values[i], "");
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        if (!inReport && !listed && fill.cites().list()) out.append('\n').append(references(fill.cites().page().get().bibliography(), true));
        return out.toString();
    }

    /** A citation's text without its link, for a citation in a link's text. */
    private static String unlinked(String citation) {
        return citation.replaceFirst("^<a [^>]*>", "").replaceFirst("</a>$", "");
    }

    /** A references list; one Kiln places at the page's end gets a heading, one the author placed has the author's. */
    private String references(String bibliography, boolean titled) {
        if (bibliography.isEmpty()) return "";
        return "<section class=\"references\" id=\"refs\">" + (titled ? "<h2>" + escape(referencesTitle) + "</h2>" : "") + bibliography + "</section>";
    }

    private static String link(String href, String text, String attributes) {
        return "<a class=\"xref\" href=\"" + escape(href) + "\"" + attributes + ">" + escape(text) + "</a>";
    }

    /** Whether {@code at} lies inside a {@code <math>} element: KaTeX writes the MathML first, then the HTML a reader sees. */
    private static boolean insideMathMl(String html, int at) {
        return html.lastIndexOf("<math", at) > html.lastIndexOf("</math>", at);
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
