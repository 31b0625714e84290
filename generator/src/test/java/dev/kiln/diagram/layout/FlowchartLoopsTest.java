package dev.kiln.diagram.layout;

import static dev.kiln.diagram.layout.FlowchartLayoutTest.layout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.DiagramSamples;
import dev.kiln.diagram.layout.Layout.PlacedCluster;
import dev.kiln.diagram.layout.Layout.PlacedEdge;
import dev.kiln.diagram.layout.Layout.PlacedLabel;
import dev.kiln.diagram.layout.Layout.PlacedNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Charts with a loop and a subgraph: laid out as a reader follows them, with no line across a title or a label. */
class FlowchartLoopsTest {
    static final String LOOP = DiagramSamples.LOOP;
    static final String LOOP_SUBGRAPH_FIRST = DiagramSamples.LOOP_SUBGRAPH_FIRST;
    /** A loop wholly inside a subgraph: every member has a link into it from inside, as written. */
    static final String LOOP_INSIDE = "flowchart TD\n  X --> A\n  subgraph S [Inner loop]\n    A --> B\n    B --> A\n  end\n";

    @ParameterizedTest
    @ValueSource(strings = {LOOP, LOOP_SUBGRAPH_FIRST})
    void theStartIsOnTopAndTheLoopHangsBelowTheDecision(String source) {
        Layout l = layout(source);
        PlacedNode start = l.node("Start");
        for (PlacedNode n : l.nodes()) assertTrue(start.y() <= n.y(), "Start is on the first rank, not below " + n.node().id());
        List<String> down = List.of("Start", "Read", "Ok", "Fix", "Retry");
        for (int i = 0; i + 1 < down.size(); i++) {
            PlacedNode upper = l.node(down.get(i));
            PlacedNode lower = l.node(down.get(i + 1));
            assertTrue(upper.y() + upper.height() <= lower.y(), down.get(i) + " above " + down.get(i + 1));
        }
        assertTrue(l.node("Ok").y() + l.node("Ok").height() <= l.node("Done").y(), "Valid? above Done");
        // the link that closes the loop is laid out reversed but still runs from Retry to Read
        PlacedEdge back = edge(l, "Retry", "Read");
        assertTrue(onBox(back.points().get(0), l.node("Retry")), "starts on Retry: " + back.points());
        assertTrue(onBox(back.points().get(back.points().size() - 1), l.node("Read")), "ends on Read: " + back.points());
        FlowchartLayoutTest.assertEdgesEndOnOutlines(l);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TD", "BT", "LR", "RL"})
    void noLineCrossesASubgraphTitleOrAnotherLinksLabel(String direction) {
        for (String source : List.of(LOOP, LOOP_SUBGRAPH_FIRST, LOOP_INSIDE, FlowchartLayoutTest.SubgraphSample.SOURCE, FlowchartLayoutTest.ARTICLE)) {
            Layout l = layout(source.replaceFirst("(graph|flowchart) TD", "flowchart " + direction));
            List<PlacedLabel> boxes = new ArrayList<>();
            for (PlacedCluster c : l.clusters()) boxes.add(c.title());
            for (PlacedEdge e : l.edges()) {
                for (PlacedLabel box : boxes) assertFalse(crosses(e.points(), box), direction + ": " + e.edge() + " crosses a title at " + box);
                for (PlacedEdge other : l.edges()) {
                    if (other != e && other.label() != null) {
                        assertFalse(crosses(e.points(), other.label()), direction + ": " + e.edge() + " crosses the label of " + other.edge());
                    }
                }
            }
            for (PlacedCluster c : l.clusters()) {
                PlacedLabel t = c.title();
                assertTrue(t.x() >= c.x() && t.y() >= c.y() && t.x() + t.width() <= c.x() + c.width() && t.y() + t.height() <= c.y() + c.height(),
                        direction + ": the title of " + c.subgraph().id() + " lies inside it");
                for (PlacedNode n : l.nodes()) {
                    assertFalse(FlowchartLayoutTest.overlaps(t.x(), t.y(), t.width(), t.height(), n.x(), n.y(), n.width(), n.height()),
                            direction + ": the title of " + c.subgraph().id() + " is clear of " + n.node().id());
                }
                if (direction.equals("TD") || direction.equals("BT")) {
                    for (String member : c.subgraph().members()) {
                        assertTrue(t.y() + t.height() <= l.node(member).y(), direction + ": the title of " + c.subgraph().id() + " heads it, above " + member);
                    }
                }
            }
        }
    }

    private static boolean onBox(Point p, PlacedNode n) {
        return FlowchartLayoutTest.onBox(p, n.x(), n.y(), n.width(), n.height());
    }

    private static PlacedEdge edge(Layout l, String from, String to) {
        return l.edges().stream().filter(e -> e.edge().from().equals(from) && e.edge().to().equals(to)).findFirst().orElseThrow();
    }

    /** Whether any segment of the polyline passes through the box's inside (touching its border is not crossing). */
    static boolean crosses(List<Point> line, PlacedLabel box) {
        double x0 = box.x() + 0.5;
        double y0 = box.y() + 0.5;
        double x1 = box.x() + box.width() - 0.5;
        double y1 = box.y() + box.height() - 0.5;
        for (int i = 0; i + 1 < line.size(); i++) {
            if (clips(line.get(i), line.get(i + 1), x0, y0, x1, y1)) return true;
        }
        return false;
    }

    /** Liang-Barsky: does the segment a-b enter the rectangle? */
    private static boolean clips(Point a, Point b, double x0, double y0, double x1, double y1) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return false;
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) enter = Math.max(enter, t);
                else leave = Math.min(leave, t);
            }
        }
        return enter < leave;
    }

    @Test
    void aSelfLoopIsKeptAndNothingElseIsReversed() {
        Layout l = layout("flowchart TD\nA --> B --> B\nB --> C");
        assertEquals(3, l.edges().size());
        assertTrue(l.node("A").y() < l.node("B").y() && l.node("B").y() < l.node("C").y());
    }
}
