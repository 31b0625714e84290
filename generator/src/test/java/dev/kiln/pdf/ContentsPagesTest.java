package dev.kiln.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentsPagesTest {
    static final String REPORT = "<a href=\"#top\">Skip</a><nav class=\"report-toc\"><ol><li><a href=\"#s-1\">Q&amp;A <code>x</code></a>"
            + "<ol><li><a href=\"#s-1-a\">Part</a></li></ol></li></ol></nav><h2 id=\"s-1\">Q&amp;A</h2>";

    @Test
    void slotsGoAfterContentsEntriesOnly() {
        List<ContentsPages.Entry> entries = new ArrayList<>();
        String slotted = ContentsPages.withSlots(REPORT, entries);
        assertEquals(List.of(new ContentsPages.Entry("s-1", "Q&A x"), new ContentsPages.Entry("s-1-a", "Part")), entries);
        assertEquals(REPORT.replace("</code></a>", "</code></a><span class=\"toc-page\" data-for=\"s-1\" data-pending>000</span>")
                .replace("Part</a>", "Part</a><span class=\"toc-page\" data-for=\"s-1-a\" data-pending>000</span>"), slotted);
        String filled = ContentsPages.withPages(slotted, Map.of("s-1", 3));
        assertEquals(REPORT.replace("</code></a>", "</code></a><span class=\"toc-page\" data-for=\"s-1\">3</span>")
                .replace("Part</a>", "Part</a><span class=\"toc-page\" data-for=\"s-1-a\"></span>"), filled, "a heading not found gets no number");
    }

    @Test
    void aReportWithoutContentsIsLeftAlone() {
        List<ContentsPages.Entry> entries = new ArrayList<>();
        String html = "<h1>Report</h1><a href=\"#x\">x</a>";
        assertEquals(html, ContentsPages.withSlots(html, entries));
        assertEquals(List.of(), entries);
    }

    @Test
    void aBookmarkChromiumRepeatedIsStillTheHeadings() {
        assertEquals(true, ContentsPages.sameTitle("5.4 运行结果展示5.4 运行结果展示", "5.4 运行结果展示"));
        assertEquals(true, ContentsPages.sameTitle("Logging #", "Logging"));
        assertEquals(false, ContentsPages.sameTitle("5.10 More", "5.1"));
        assertEquals(false, ContentsPages.sameTitle("Logging", ""));
    }
}
