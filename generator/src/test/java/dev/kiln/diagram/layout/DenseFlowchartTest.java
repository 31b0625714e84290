package dev.kiln.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.problem.Limits;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Charts at Kiln's size limits: drawn up to them, an error at the first link or node past them. */
class DenseFlowchartTest {
    /** {@code links} links between random pairs of {@code nodes} nodes, lower number to higher, one per line after the header. */
    static String dense(int nodes, int links) {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder("flowchart TD\n");
        for (int k = 0; k < links; k++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes - 1);
            if (b >= a) b++;
            s.append("  n").append(Math.min(a, b)).append(k % 7 == 0 ? " -->|yes| n" : " --> n").append(Math.max(a, b)).append('\n');
        }
        return s.toString();
    }

    /** Past 200 links ELK no longer sorts by source order, which took a 900-link chart from 0.9 s to 13 s. */
    @Test
    void aChartWithAsManyLinksAsKilnAllowsIsDrawn() {
        Layout l;
        try { // a generous budget: this checks the drawing, not the time, which bench/diagrams measures
            l = FlowchartLayout.layout(FlowchartParser.parse(dense(300, Limits.DIAGRAM_EDGES)), java.time.Duration.ofSeconds(120));
        } catch (DiagramSyntaxException e) {
            throw new AssertionError(e);
        }
        assertEquals(Limits.DIAGRAM_EDGES, l.edges().size());
        FlowchartLayoutTest.assertNoOverlap(l);
        FlowchartLayoutTest.assertEdgesEndOnOutlines(l);
    }

    @Test
    void oneLinkMoreIsAnErrorAtThatLink() {
        DiagramSyntaxException e = assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse(dense(300, Limits.DIAGRAM_EDGES + 1)));
        assertEquals(Limits.DIAGRAM_EDGES + 2, e.line(), "the header, then one link per line");
        assertTrue(e.getMessage().contains("more than " + Limits.DIAGRAM_EDGES + " links"), e.getMessage());
    }

    @Test
    void oneNodeMoreIsAnErrorAtThatNode() {
        StringBuilder s = new StringBuilder("flowchart LR\n");
        for (int i = 0; i <= Limits.DIAGRAM_NODES; i++) s.append("  n").append(i).append('\n');
        DiagramSyntaxException e = assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse(s.toString()));
        assertEquals(Limits.DIAGRAM_NODES + 2, e.line());
        assertTrue(e.getMessage().contains("more than " + Limits.DIAGRAM_NODES + " nodes"), e.getMessage());
    }
}
