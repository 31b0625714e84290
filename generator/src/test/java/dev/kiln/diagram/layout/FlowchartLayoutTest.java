package dev.kiln.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.layout.Layout.PlacedCluster;
import dev.kiln.diagram.layout.Layout.PlacedEdge;
import dev.kiln.diagram.layout.Layout.PlacedNode;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the geometry of laid-out flowcharts, not only that a layout comes back. */
class FlowchartLayoutTest {
    static final String ARTICLE = DiagramSamples.article();

    static final String ALL_SHAPES = """
            flowchart TD
                a[rect] --> b(round) --> c([stadium]) --> d[[subroutine]]
                a --> e[(cylinder)] --> f((circle)) --> g(((double)))
                a --> h{diamond} --> i{{hexagon}} --> j>asymmetric]
                h -->|yes| k[/parallelogram/] --> l[\\alt\\]
                h -- no --> m[/trapezoid\\] --> n[\\trapezoid alt/]
                i -.-> f
                n ==> a
            """;

    static Layout layout(String source) {
        try {
            return FlowchartLayout.layout(FlowchartParser.parse(source));
        } catch (DiagramSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph TD", "graph LR", "graph BT", "graph RL"})
    void noNodesOverlapAndEdgesTouchTheirNodes(String header) {
        for (String source : List.of(ARTICLE, ALL_SHAPES, SubgraphSample.SOURCE)) {
            Layout layout = layout(source.replaceFirst("(graph|flowchart) TD", header));
            assertNoOverlap(layout);
            assertEdgesEndOnOutlines(layout);
            assertInsideCanvas(layout);
        }
    }

    @Test
    void ranksFollowTheDirection() {
        String source = "graph TD\nA-->B\nB-->C\nA-->D";
        for (String dir : List.of("TD", "BT", "LR", "RL")) {
            Layout l = layout(source.replace("TD", dir));
            for (PlacedEdge e : l.edges()) {
                PlacedNode from = l.node(e.edge().from());
                PlacedNode to = l.node(e.edge().to());
                switch (dir) {
                    case "TD" -> assertTrue(to.y() >= from.y() + from.height(), "TD: " + e.edge());
                    case "BT" -> assertTrue(to.y() + to.height() <= from.y(), "BT: " + e.edge());
                    case "LR" -> assertTrue(to.x() >= from.x() + from.width(), "LR: " + e.edge());
                    case "RL" -> assertTrue(to.x() + to.width() <= from.x(), "RL: " + e.edge());
                    default -> throw new AssertionError(dir);
                }
            }
        }
    }

    @Test
    void modelOrderIsKeptLeftToRight() {
        Layout l = layout("graph TD\nA-->B\nA-->E");
        assertTrue(l.node("B").x() < l.node("E").x(), "B was written first, so it is on the left");
        Layout article = layout(ARTICLE);
        List<String> row = List.of("B", "E", "I", "M");
        for (int i = 0; i + 1 < row.size(); i++) {
            assertTrue(article.node(row.get(i)).x() < article.node(row.get(i + 1)).x(), row.get(i) + " before " + row.get(i + 1));
        }
    }

    @Test
    void longerLinksSpanMoreRanks() {
        Layout l = layout("graph TD\nA-->B\nA--->C\nA---->D");
        double rank1 = l.node("B").y();
        assertTrue(l.node("C").y() > rank1 + l.node("B").height(), "---> skips a rank");
        assertTrue(l.node("D").y() > l.node("C").y() + l.node("C").height(), "----> skips two");
        PlacedEdge toD = l.edges().get(2);
        assertEquals(l.node("A").centerY() + l.node("A").height() / 2, toD.points().get(0).y(), 0.5, "starts at A");
        assertEquals(l.node("D").y(), toD.points().get(toD.points().size() - 1).y(), 0.5, "ends at D");
    }

    @Test
    void arrowsEndOnTheOutlineOfDiamondsCirclesAndHexagons() {
        Layout l = layout("graph TD\nA[start] --> B{decide}\nA --> C((round))\nA --> D{{hex}}\nB --> E\nB --> F\nB --> G");
        for (PlacedEdge e : l.edges()) {
            for (String end : List.of("from", "to")) {
                PlacedNode node = l.node(end.equals("from") ? e.edge().from() : e.edge().to());
                Point p = end.equals("from") ? e.points().get(0) : e.points().get(e.points().size() - 1);
                if (node.node().shape() != dev.kiln.diagram.flowchart.Flowchart.Shape.RECT) {
                    assertTrue(strictlyInsideBox(p, node), e.edge() + " " + end + " ends on the shape, inside its box: " + p);
                }
            }
        }
        // three edges leave the diamond from its bottom half
        List<PlacedEdge> fromB = l.edges().stream().filter(e -> e.edge().from().equals("B")).toList();
        assertEquals(3, fromB.size());
    }

    @Test
    void subgraphsContainTheirNodesAndNestedSubgraphs() {
        Layout l = layout(SubgraphSample.SOURCE);
        for (PlacedCluster c : l.clusters()) {
            for (String member : c.subgraph().members()) {
                PlacedNode n = l.node(member);
                assertTrue(n.x() >= c.x() && n.y() >= c.y() && n.x() + n.width() <= c.x() + c.width()
                        && n.y() + n.height() <= c.y() + c.height(), member + " inside " + c.subgraph().id());
            }
            if (c.subgraph().parent() != null) {
                PlacedCluster parent = l.clusters().stream().filter(p -> p.subgraph().id().equals(c.subgraph().parent())).findFirst().orElseThrow();
                assertTrue(c.x() >= parent.x() && c.y() >= parent.y() && c.x() + c.width() <= parent.x() + parent.width()
                        && c.y() + c.height() <= parent.y() + parent.height(), "nested subgraph inside its parent");
            }
            // nodes of other subgraphs stay outside this one
            for (PlacedNode n : l.nodes()) {
                boolean member = c.subgraph().members().contains(n.node().id()) || nestedMember(l, c, n.node().id());
                if (!member) assertFalse(overlaps(n.x(), n.y(), n.width(), n.height(), c.x(), c.y(), c.width(), c.height()),
                        n.node().id() + " is not in " + c.subgraph().id());
            }
        }
        PlacedEdge toCluster = l.edges().stream().filter(e -> e.edge().to().equals("two")).findFirst().orElseThrow();
        PlacedCluster two = l.clusters().stream().filter(c -> c.subgraph().id().equals("two")).findFirst().orElseThrow();
        Point end = toCluster.points().get(toCluster.points().size() - 1);
        assertTrue(onBox(end, two.x(), two.y(), two.width(), two.height()), "an edge to a subgraph ends on its border: " + end);
    }

    @Test
    void edgeLabelsDoNotCoverNodes() {
        Layout l = layout("graph TD\nA -->|a long label here| B\nA -- 是 --> C\nC -->|否| D");
        for (PlacedEdge e : l.edges()) {
            assertTrue(e.label() != null);
            for (PlacedNode n : l.nodes()) {
                assertFalse(overlaps(e.label().x(), e.label().y(), e.label().width(), e.label().height(), n.x(), n.y(), n.width(), n.height()),
                        "label of " + e.edge() + " over " + n.node().id());
            }
        }
    }

    @Test
    void cjkLabelsGetOneEmPerCharacterAndLongLabelsWrap() {
        Layout l = layout("graph TD\nA[强化学习]\nB[" + "这是一个非常非常长的节点标签需要自动换行才能放下" + "]");
        PlacedNode a = l.node("A");
        assertEquals(4 * TextMetrics.FONT_SIZE + 2 * NodeGeometry.PAD_X, a.width(), 0.01);
        PlacedNode b = l.node("B");
        assertTrue(b.lines().size() >= 2, "wrapped: " + b.lines());
        assertTrue(b.width() <= TextMetrics.WRAP_WIDTH + 2 * NodeGeometry.PAD_X + 0.01);
        assertEquals(String.join("", b.lines()), "这是一个非常非常长的节点标签需要自动换行才能放下");
    }

    // --- geometry helpers ---

    static void assertNoOverlap(Layout l) {
        List<PlacedNode> nodes = l.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                PlacedNode a = nodes.get(i);
                PlacedNode b = nodes.get(j);
                assertFalse(overlaps(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                        a.node().id() + " overlaps " + b.node().id());
            }
        }
    }

    static void assertEdgesEndOnOutlines(Layout l) {
        for (PlacedEdge e : l.edges()) {
            List<Point> p = e.points();
            assertTrue(p.size() >= 2, "edge " + e.edge() + " has a route");
            assertOn(p.get(0), l, e.edge().from(), e);
            assertOn(p.get(p.size() - 1), l, e.edge().to(), e);
        }
    }

    private static void assertOn(Point p, Layout l, String id, PlacedEdge e) {
        PlacedNode n = l.node(id);
        if (n == null) {
            PlacedCluster c = l.clusters().stream().filter(x -> x.subgraph().id().equals(id)).findFirst().orElseThrow();
            assertTrue(onBox(p, c.x(), c.y(), c.width(), c.height()), e.edge() + " touches subgraph " + id + " at " + p);
            return;
        }
        List<Point> outline = NodeGeometry.outline(n.node().shape(), n.width(), n.height());
        double d = outline == null ? boxDistance(p, n.x(), n.y(), n.width(), n.height()) : polygonDistance(p, outline, n);
        assertTrue(d < 0.5, e.edge() + " ends " + d + " px away from " + id + "'s outline");
    }

    static boolean onBox(Point p, double x, double y, double w, double h) {
        return boxDistance(p, x, y, w, h) < 0.5;
    }

    private static double boxDistance(Point p, double x, double y, double w, double h) {
        List<Point> box = List.of(new Point(x, y), new Point(x + w, y), new Point(x + w, y + h), new Point(x, y + h));
        return polygonDistance(p, box, null);
    }

    private static double polygonDistance(Point p, List<Point> outline, PlacedNode at) {
        double ox = at == null ? 0 : at.x();
        double oy = at == null ? 0 : at.y();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < outline.size(); i++) {
            Point a = outline.get(i);
            Point b = outline.get((i + 1) % outline.size());
            best = Math.min(best, segmentDistance(p, new Point(ox + a.x(), oy + a.y()), new Point(ox + b.x(), oy + b.y())));
        }
        return best;
    }

    private static double segmentDistance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    private static boolean strictlyInsideBox(Point p, PlacedNode n) {
        return p.x() > n.x() + 0.5 && p.x() < n.x() + n.width() - 0.5 || p.y() > n.y() + 0.5 && p.y() < n.y() + n.height() - 0.5;
    }

    static boolean overlaps(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        return ax < bx + bw - 0.01 && bx < ax + aw - 0.01 && ay < by + bh - 0.01 && by < ay + ah - 0.01;
    }

    private static void assertInsideCanvas(Layout l) {
        for (PlacedNode n : l.nodes()) {
            assertTrue(n.x() >= 0 && n.y() >= 0 && n.x() + n.width() <= l.width() && n.y() + n.height() <= l.height(),
                    n.node().id() + " inside the canvas");
        }
    }

    private static boolean nestedMember(Layout l, PlacedCluster c, String nodeId) {
        for (PlacedCluster inner : l.clusters()) {
            if (inner == c || inner.subgraph().members().stream().noneMatch(nodeId::equals)) continue;
            for (String p = inner.subgraph().parent(); p != null; ) {
                if (p.equals(c.subgraph().id())) return true;
                String current = p;
                p = l.clusters().stream().filter(x -> x.subgraph().id().equals(current)).findFirst().orElseThrow().subgraph().parent();
            }
        }
        return false;
    }

    static final class SubgraphSample {
        static final String SOURCE = """
                flowchart TD
                    c1-->a2
                    subgraph one [第一组]
                      a1-->a2
                      subgraph inner [内层]
                        x --> y
                      end
                    end
                    subgraph two
                      b1-->b2
                    end
                    a1 --> two
                    y --> b1
                """;
    }
}
