package dev.kiln.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentsPagesTest {
    static final String REPORT = "<a href=\"#top\">Skip</a><nav class=\"report-toc\"><h2 class=\"report-toc-title\">Contents</h2><ol><li><a href=\"#s-1\">Q&amp;A <code>x</code></a>"
            + "<ol><li><a href=\"#s-1-a\">Part</a></li></ol></li></ol></nav><h2 id=\"s-1\">Q&amp;A</h2>";

    @Test
    void slotsGoAfterContentsEntriesOnly() {
        ContentsPages.Slotted result = ContentsPages.withSlots(REPORT);
        String slotted = result.html();
        assertEquals(List.of(new ContentsPages.Entry("s-1", "Q&A x"), new ContentsPages.Entry("s-1-a", "Part")), result.entries());
        assertEquals("Contents", result.heading());
        assertEquals(REPORT.replace("</code></a>", "</code></a><span class=\"toc-page\" data-for=\"s-1\" data-pending>000</span>")
                .replace("Part</a>", "Part</a><span class=\"toc-page\" data-for=\"s-1-a\" data-pending>000</span>"), slotted);
        String filled = ContentsPages.withPages(slotted, Map.of("s-1", 3));
        assertEquals(REPORT.replace("</code></a>", "</code></a><span class=\"toc-page\" data-for=\"s-1\">3</span>")
                .replace("Part</a>", "Part</a><span class=\"toc-page\" data-for=\"s-1-a\"></span>"), filled, "a heading not found gets no number");
    }

    @Test
    void aReportWithoutContentsIsLeftAlone() {
        String html = "<h1>Report</h1><a href=\"#x\">x</a>";
        assertEquals(html, ContentsPages.withSlots(html).html());
        assertEquals(List.of(), ContentsPages.withSlots(html).entries());
    }

    @Test
    void aBookmarkChromiumRepeatedIsStillTheHeadings() {
        assertEquals(true, ContentsPages.sameTitle("5.4 运行结果展示5.4 运行结果展示", "5.4 运行结果展示"));
        assertEquals(true, ContentsPages.sameTitle("Logging #", "Logging"));
        assertEquals(false, ContentsPages.sameTitle("5.10 More", "5.1"));
        assertEquals(false, ContentsPages.sameTitle("Logging", ""));
    }

    @Test
    void entitiesAreDecodedOnce() {
        String html = "<nav class=\"report-toc\"><ol><li><a href=\"#a\">a &amp;lt; b</a></li></ol></nav>";
        assertEquals("a &lt; b", ContentsPages.withSlots(html).entries().get(0).title());
    }

    @Test
    void headingsBeforeTheContentsListAreNotTakenForEntries(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("first.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) doc.addPage(new PDPage());
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            String[] titles = {"Introduction", "Contents", "Introduction", "Method"};
            int[] onPage = {0, 0, 1, 2};
            for (int i = 0; i < titles.length; i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(titles[i]);
                PDPageFitDestination at = new PDPageFitDestination();
                at.setPage(doc.getPage(onPage[i]));
                item.setDestination(at);
                outline.addLast(item);
            }
            doc.save(pdf.toFile());
        }
        String html = "<p>Introduction</p><nav class=\"report-toc\"><h2 class=\"report-toc-title\">Contents</h2><ol>"
                + "<li><a href=\"#intro\">Introduction</a></li><li><a href=\"#method\">Method</a></li></ol></nav>";
        assertEquals(Map.of("intro", 2, "method", 3), ContentsPages.pages(pdf, ContentsPages.withSlots(html)));
    }
}
