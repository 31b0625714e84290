package dev.kiln.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.jsoup.parser.Parser;

/**
 * Page numbers for the report's contents list. Chromium has no CSS {@code target-counter()}, so
 * the report is printed twice: first with a slot of three hidden digits after each entry, then,
 * once the first print's bookmarks have told on which page each heading landed, with the numbers
 * in those slots. The slots keep their width, so the second print breaks its pages as the first did.
 */
final class ContentsPages {
    /** A contents entry: {@code <a href="#id">Title</a>} inside the report's {@code <nav class="report-toc">}. */
    private static final Pattern ENTRY = Pattern.compile("<a href=\"#([^\"]+)\">(.*?)</a>");
    private static final Pattern SLOT = Pattern.compile("<span class=\"toc-page\" data-for=\"([^\"]+)\" data-pending>000</span>");
    private static final Pattern TITLE = Pattern.compile("<h2 class=\"report-toc-title\">(.*?)</h2>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** A contents entry's target and its text. */
    record Entry(String id, String title) {}

    /**
     * The report with its slots: {@code heading} is the contents list's own heading, after whose
     * bookmark the entries' headings are sought (the opening text before it may repeat a title).
     */
    record Slotted(String html, String heading, List<Entry> entries) {}

    private ContentsPages() {}

    /** The report's HTML with a slot after each contents entry, and the entries in order; no entries when it has no contents list. */
    static Slotted withSlots(String html) {
        int start = html.indexOf("<nav class=\"report-toc\"");
        int end = start < 0 ? -1 : html.indexOf("</nav>", start);
        if (end < 0) return new Slotted(html, "", List.of());
        String nav = html.substring(start, end);
        Matcher title = TITLE.matcher(nav);
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(nav);
        StringBuilder toc = new StringBuilder();
        while (m.find()) {
            entries.add(new Entry(m.group(1), text(m.group(2))));
            m.appendReplacement(toc, Matcher.quoteReplacement(m.group() + "<span class=\"toc-page\" data-for=\"" + m.group(1) + "\" data-pending>000</span>"));
        }
        m.appendTail(toc);
        return new Slotted(html.substring(0, start) + toc + html.substring(end), title.find() ? text(title.group(1)) : "", List.copyOf(entries));
    }

    /** The slots filled with their page numbers; a slot whose heading was not found is left empty. */
    static String withPages(String html, Map<String, Integer> pages) {
        Matcher m = SLOT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer page = pages.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement("<span class=\"toc-page\" data-for=\"" + m.group(1) + "\">"
                    + (page == null ? "" : page) + "</span>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The page each entry's heading starts on, read from the print's bookmarks: Chromium makes one
     * per heading, in order, so each entry is matched to the next bookmark with its title, starting
     * after the contents list's own heading when there is one.
     */
    static Map<String, Integer> pages(Path pdf, Slotted slotted) throws IOException {
        Map<String, Integer> pages = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> bookmarks = new ArrayList<>();
            flatten(doc.getDocumentCatalog().getDocumentOutline(), bookmarks, 0);
            int next = 0;
            for (int i = 0; i < bookmarks.size() && !slotted.heading().isEmpty(); i++) {
                if (sameTitle(bookmarks.get(i).getTitle(), slotted.heading())) {
                    next = i + 1;
                    break;
                }
            }
            for (Entry entry : slotted.entries()) {
                for (int i = next; i < bookmarks.size(); i++) {
                    if (!sameTitle(bookmarks.get(i).getTitle(), entry.title())) continue;
                    PDPage page = bookmarks.get(i).findDestinationPage(doc);
                    if (page != null) pages.put(entry.id(), doc.getPages().indexOf(page) + 1);
                    next = i + 1;
                    break;
                }
            }
        }
        return pages;
    }

    /** Bookmarks in document order; headings nest at most six deep, so the recursion is bounded. */
    private static void flatten(PDOutlineNode node, List<PDOutlineItem> out, int depth) {
        if (node == null || depth > 6) return;
        for (PDOutlineItem item : node.children()) {
            out.add(item);
            flatten(item, out, depth + 1);
        }
    }

    private static String text(String html) {
        return Parser.unescapeEntities(TAG.matcher(html).replaceAll(""), false);
    }

    /**
     * Whether a bookmark is the heading's. Chromium repeats the title of a heading it moved to the
     * next page ("5.4 运行结果展示5.4 运行结果展示" in the article), so a repetition counts too.
     */
    static boolean sameTitle(String bookmark, String title) {
        String b = clean(bookmark);
        String t = clean(title);
        return b.equals(t) || (!t.isEmpty() && b.startsWith(t) && b.replace(t, "").isBlank());
    }

    /** A heading's anchor mark ({@code #}) and spacing differ between the HTML and the bookmark. */
    private static String clean(String title) {
        return title == null ? "" : title.replace("#", "").replaceAll("\\s+", " ").strip();
    }
}
