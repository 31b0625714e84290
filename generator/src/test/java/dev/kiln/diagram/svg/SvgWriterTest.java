package dev.kiln.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.layout.FlowchartLayout;
import dev.kiln.diagram.layout.Layout;
import dev.kiln.diagram.layout.Point;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgWriterTest {
    private static Layout layout(String source) {
        try {
            return FlowchartLayout.layout(FlowchartParser.parse(source));
        } catch (DiagramSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Document svg(Layout layout, String language) {
        return Jsoup.parse(new SvgWriter(dev.kiln.i18n.UiStrings.of(language, java.util.Map.of())).write(layout, "t"), "", Parser.xmlParser());
    }

    @Test
    void arrowheadsReachTheOutlineExactly() {
        Layout layout = layout("graph TD\nA[start] --> B{decide}\nB -->|yes| C((done))\nB --> D{{hex}}\nC <--> D");
        Document doc = svg(layout, "en");
        List<Element> paths = doc.select("path.fc-edge");
        assertEquals(layout.edges().size(), paths.size());
        for (int i = 0; i < paths.size(); i++) {
            List<Point> drawn = points(paths.get(i).attr("d"));
            List<Point> routed = layout.edges().get(i).points();
            Point end = routed.get(routed.size() - 1);
            Point last = drawn.get(drawn.size() - 1);
            assertEquals(9, Math.hypot(end.x() - last.x(), end.y() - last.y()), 0.15,
                    "the line stops one arrow length (9 px) before the outline, and the arrow fills the gap");
            assertTrue(paths.get(i).attr("marker-end").equals("url(#t-arrow)"));
        }
        Element both = paths.get(3);
        assertEquals("url(#t-arrow)", both.attr("marker-start"));
        Point start = layout.edges().get(3).points().get(0);
        Point first = points(both.attr("d")).get(0);
        assertEquals(9, Math.hypot(start.x() - first.x(), start.y() - first.y()), 0.15);
        assertNotNull(doc.getElementById("t-arrow"));
        assertEquals("0", doc.getElementById("t-arrow").attr("refX"), "the arrow's base sits on the line's end");
    }

    @Test
    void strokesHeadsAndAuthorStylesAreWritten() {
        Document doc = svg(layout("""
                graph LR
                A --> B
                B -.-> C
                C ==> D
                D ~~~ E
                E --o F
                F --x G
                classDef hot fill:#f96,color:#fff,font-weight:bold
                class A hot
                style B stroke:#0a0,stroke-width:3px
                linkStyle 0 stroke:red,color:blue
                A -->|label| G
                """), "en");
        assertEquals(6, doc.select("path.fc-edge").size(), "the invisible link is laid out, not drawn");
        assertEquals(1, doc.select("path.fc-dotted").size());
        assertEquals(1, doc.select("path.fc-thick").size());
        assertEquals("url(#t-circle)", doc.select("path.fc-edge").get(3).attr("marker-end"));
        assertEquals("url(#t-cross)", doc.select("path.fc-edge").get(4).attr("marker-end"));
        Element a = doc.selectFirst(".fc-node.fc-class-hot");
        assertEquals("fill:#f96", a.child(0).attr("style"));
        assertEquals("fill:#fff;font-weight:bold", a.selectFirst("text").attr("style"));
        assertEquals("stroke:#0a0;stroke-width:3px", doc.select(".fc-node").get(1).child(0).attr("style"));
        assertEquals("stroke:red", doc.select("path.fc-edge").get(0).attr("style"));
        assertEquals("url(#t-arrow-c1)", doc.select("path.fc-edge").get(0).attr("marker-end"), "a coloured link gets heads of its colour");
        assertEquals("fill:red", doc.getElementById("t-arrow-c1").child(0).attr("style"));
        assertEquals("url(#t-arrow)", doc.select("path.fc-edge").get(5).attr("marker-end"), "the others keep the theme's");
    }

    @Test
    void textIsEscapedAndTheDescriptionNamesEveryLink() {
        Document doc = svg(layout("graph TD\nA[\"a < b & c\"] -->|\"x > y\"| B[\"#quot;quoted#quot;\"]\nsubgraph g [Group]\nB\nend"), "en");
        assertEquals("a < b & c", doc.selectFirst(".fc-node text").text());
        assertEquals("Flowchart", doc.getElementById("t-title").text());
        assertEquals("Flowchart, top to bottom, 2 nodes, 1 links. a < b & c → (x > y) \"quoted\". Group “Group”: \"quoted\".",
                doc.getElementById("t-desc").text());
        String zh = new SvgWriter(dev.kiln.i18n.UiStrings.of("zh-CN", java.util.Map.of())).write(layout("graph LR\naccTitle: 我的图\nA --> B"), "t");
        assertTrue(zh.contains("<title id=\"t-title\">我的图</title>"), zh);
        assertTrue(zh.contains("流程图，从左到右，2 个节点，1 条连线。A → B。"), zh);
    }

    @Test
    void theSameSourceGivesTheSameBytes() {
        String source = "graph TD\nA-->B & C\nB-->D\nC-->D\nsubgraph s\nC\nD\nend\nstyle A fill:#fff,stroke:#000";
        assertEquals(new SvgWriter(dev.kiln.i18n.UiStrings.of("en", java.util.Map.of())).write(layout(source), "t"), new SvgWriter(dev.kiln.i18n.UiStrings.of("en", java.util.Map.of())).write(layout(source), "t"));
        assertFalse(new SvgWriter(dev.kiln.i18n.UiStrings.of("en", java.util.Map.of())).write(layout(source), "t").contains("NaN"));
    }

    /** The points of a path's M, L and Q commands (a Q contributes its end point). */
    static List<Point> points(String d) {
        List<Point> points = new ArrayList<>();
        Matcher m = Pattern.compile("([MLQ])(-?[\\d.]+),(-?[\\d.]+)(?: (-?[\\d.]+),(-?[\\d.]+))?").matcher(d);
        while (m.find()) {
            if (m.group(4) != null) points.add(new Point(Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))));
            else points.add(new Point(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
        }
        return points;
    }
}
