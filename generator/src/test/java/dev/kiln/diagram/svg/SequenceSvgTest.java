package dev.kiln.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.layout.SequenceLayout;
import dev.kiln.diagram.sequence.SequenceParser;
import dev.kiln.i18n.UiStrings;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class SequenceSvgTest {
    static String svg(String source, String language) throws Exception {
        return new SequenceSvg(UiStrings.of(language, Map.of())).write(SequenceLayout.layout(SequenceParser.parse(source)), "t");
    }

    static Document doc(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    @Test
    void isWellFormedSvgThatNamesItselfForScreenReaders() throws Exception {
        String svg = svg(DiagramSamples.SEQUENCE, "en");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg))); // throws if not XML
        Element root = doc(svg).selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertEquals("Checkout", doc(svg).getElementById("t-title").text());
        String desc = doc(svg).getElementById("t-desc").text();
        assertTrue(desc.startsWith("Sequence diagram, 4 participants, 15 messages. Customer to Web shop: Open the cart; Web shop to Payments: Authorise card; "
                + "loop “Every second, up to 5 s”; Payments to DB: Poll status"), desc);
        assertTrue(desc.contains("alt “accepted”; Payments to Web shop: OK; else “declined”; Payments to Web shop: Declined; Note on Web shop: shows the error page; end of alt"), desc);
    }

    @Test
    void theDescriptionIsInTheSitesLanguage() throws Exception {
        String desc = doc(svg(DiagramSamples.SEQUENCE_ZH, "zh-CN")).getElementById("t-desc").text();
        assertEquals("时序图，2 个参与者，3 条消息。用户 → 大模型服务：提问：什么是反向传播？；大模型服务 → 大模型服务：检索上下文；备注（用户）：等待回答；大模型服务 → 用户：逐步解释梯度的计算。", desc);
        assertEquals("时序图", doc(svg(DiagramSamples.SEQUENCE_ZH, "zh-CN")).getElementById("t-title").text());
    }

    /** The holdout check: every name, message, note, condition and title the author wrote is drawn as text. */
    @Test
    void everyTextTheAuthorWroteIsDrawn() throws Exception {
        for (String source : List.of(DiagramSamples.SEQUENCE, DiagramSamples.SEQUENCE_ZH, DiagramSamples.sequence(100))) {
            Document doc = doc(svg(source, "en"));
            String drawn = String.join("\n", doc.select("text").eachText());
            Matcher m = Pattern.compile("(?m)(?::|\\bas|^\\s*(?:loop|alt|else|par|and|critical|option|break|opt|title|box Aqua|box))\\s+(.+)$").matcher(source);
            int checked = 0;
            while (m.find()) {
                for (String part : m.group(1).split("<br>")) {
                    assertTrue(drawn.contains(part.strip()), "`" + part + "` is drawn in\n" + drawn);
                    checked++;
                }
            }
            assertTrue(checked >= 5, "the check looked at " + checked + " texts");
        }
    }

    @Test
    void colourComesFromTheThemeExceptWhereTheAuthorGaveOne() throws Exception {
        Document doc = doc(svg(DiagramSamples.SEQUENCE, "en"));
        List<String> styles = doc.select("[style]").eachAttr("style");
        assertEquals(List.of("fill:aqua", "fill:rgb(191, 223, 255)"), styles, "only the author's box and rect colours are inline");
        assertTrue(doc.select("[fill], [stroke]").isEmpty(), "no colour attributes: the page's CSS colours everything else");
    }

    @Test
    void eachArrowGetsItsHead() throws Exception {
        Document doc = doc(svg("sequenceDiagram\nA->>B: a\nA-xB: b\nA-)B: c\nA->B: d\nA<<->>B: e\nA-->>B: f", "en"));
        List<Element> lines = doc.select("path.sq-line");
        assertEquals(List.of("url(#t-arrow)", "url(#t-cross)", "url(#t-open)", "", "url(#t-arrow)", "url(#t-arrow)"), lines.stream().map(l -> l.attr("marker-end")).toList());
        assertEquals("url(#t-arrow)", lines.get(4).attr("marker-start"));
        assertTrue(lines.get(5).hasClass("sq-dotted") && lines.get(0).hasClass("sq-solid"));
        for (String id : List.of("t-arrow", "t-cross", "t-open")) assertNotNull(doc.getElementById(id));
    }

    @Test
    void autonumberDrawsADiscPerMessage() throws Exception {
        Document doc = doc(svg("sequenceDiagram\nautonumber 7\nA->>B: a\nB->>A: b", "en"));
        assertEquals(List.of("7", "8"), doc.select("text.sq-number-text").eachText());
        assertEquals(2, doc.select("circle.sq-number").size());
    }
}
