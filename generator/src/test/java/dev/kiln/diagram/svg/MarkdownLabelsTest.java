package dev.kiln.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.flowchart.LabelMarkup;
import dev.kiln.diagram.layout.FlowchartLayout;
import dev.kiln.diagram.layout.Layout;
import dev.kiln.diagram.layout.TextMetrics;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Mermaid's Markdown strings, {@code "`**bold** and *italic*`"}: drawn with their emphasis, never with the asterisks. */
class MarkdownLabelsTest {
    private static final String CHART = """
            flowchart TD
              A["`**Bold** start and *italic* end`"] -- "`a **strong** link`" --> B["`plain line
            second *line*`"]
              subgraph S ["`**Group**`"]
                B
              end
              C["**not markdown** without backticks"]
              D[`npm i`] --> E["`my_var_name and _this_`"]
            """;

    @Test
    void emphasisBecomesStyledSpansAndTheMarkersAreGone() throws DiagramSyntaxException {
        Flowchart chart = FlowchartParser.parse(CHART);
        assertEquals("Bold start and italic end", LabelMarkup.plain(chart.node("A").label()));
        assertEquals("plain line\nsecond line", LabelMarkup.plain(chart.node("B").label()), "a line break in the string breaks the label");
        assertEquals("**not markdown** without backticks", chart.node("C").label(), "only backtick strings are Markdown");
        assertEquals("`npm i`", chart.node("D").label(), "and only quoted ones, as in Mermaid");
        assertEquals("my_var_name and " + LabelMarkup.ITALIC + "this" + LabelMarkup.ITALIC, chart.node("E").label(), "an underscore inside a word is a letter");
        Layout layout = FlowchartLayout.layout(chart);
        String svg = new SvgWriter(dev.kiln.i18n.UiStrings.of("en", Map.of())).write(layout, "t");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertTrue(!svg.contains("\uE001") && !svg.contains("\uE002"), "no marker reaches the page");
        List<String> bold = doc.select("tspan[font-weight=bold]").eachText();
        List<String> italic = doc.select("tspan[font-style=italic]").eachText();
        assertTrue(bold.containsAll(List.of("Bold", "strong", "Group")), "bold: " + bold);
        assertTrue(italic.containsAll(List.of("italic", "line")), "italic: " + italic);
        Element desc = doc.selectFirst("desc");
        assertTrue(desc.text().contains("Bold start and italic end") && !desc.text().contains("*italic*"), desc.text());
    }

    @Test
    void boldIsMeasuredWiderAndStaysBoldAcrossAWrap() {
        String bold = LabelMarkup.BOLD + "Training" + LabelMarkup.BOLD;
        assertTrue(TextMetrics.width(bold) > TextMetrics.width("Training"), "bold text gets a wider box");
        String marked = LabelMarkup.BOLD + "a long bold label that has to wrap onto a second line" + LabelMarkup.BOLD;
        List<String> lines = TextMetrics.lines(marked);
        assertTrue(lines.size() > 1, lines.toString());
        for (String line : lines) {
            assertTrue(line.charAt(0) == LabelMarkup.BOLD && line.charAt(line.length() - 1) == LabelMarkup.BOLD, "each line is bold on its own: " + line);
        }
    }
}
