package dev.kiln.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which link closes a loop: the one a walk from the chart's start finds pointing back, whatever order the nodes were written in. */
class BackEdgesTest {
    private static String reversed(String source) throws DiagramSyntaxException {
        Flowchart chart = FlowchartParser.parse(source);
        BitSet back = BackEdges.of(chart);
        List<String> names = new ArrayList<>();
        back.stream().forEach(i -> names.add(chart.edges().get(i).from() + "->" + chart.edges().get(i).to()));
        return String.join(" ", names);
    }

    @Test
    void theLinkBackToANodeOnTheWalkIsReversed() throws DiagramSyntaxException {
        assertEquals("C->B", reversed("flowchart TD\nA --> B --> C --> B"));
        // written inside-out, the walk still starts at A, which nothing points to
        assertEquals("C->B", reversed("flowchart TD\nC --> B\nB --> C\nA --> B"));
        assertEquals("Retry->Read", reversed(FlowchartLoopsTest.LOOP_SUBGRAPH_FIRST));
    }

    @Test
    void aChartThatIsOnlyALoopStartsWhereTheAuthorDid() throws DiagramSyntaxException {
        assertEquals("C->A", reversed("flowchart LR\nA --> B --> C --> A"));
    }

    @Test
    void selfLoopsAndChartsWithoutLoopsKeepEveryLink() throws DiagramSyntaxException {
        assertEquals("", reversed("flowchart TD\nA --> A\nA --> B\nA --> C --> B"));
    }

    /** The walk keeps its own stack: a chain far longer than the thread's stack allows for recursion. */
    @Test
    void aVeryLongLoopNeedsNoRecursion() {
        int n = 200_000;
        List<Flowchart.Node> nodes = new ArrayList<>();
        List<Flowchart.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new Flowchart.Node("n" + i, "n" + i, Flowchart.Shape.RECT, List.of(), Map.of()));
            edges.add(new Flowchart.Edge("n" + i, "n" + ((i + 1) % n), "", Flowchart.Stroke.SOLID, Flowchart.Head.NONE,
                    Flowchart.Head.ARROW, 1, Map.of()));
        }
        Flowchart chart = new Flowchart(Flowchart.Direction.TB, nodes, edges, List.of(), Map.of(), "", "");
        BitSet back = BackEdges.of(chart);
        assertEquals(1, back.cardinality());
        assertEquals(n - 1, back.nextSetBit(0));
    }
}
