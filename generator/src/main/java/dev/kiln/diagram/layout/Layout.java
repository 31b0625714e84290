package dev.kiln.diagram.layout;

import dev.kiln.diagram.flowchart.Flowchart;
import java.util.List;

/**
 * A flowchart with every box and line placed, in absolute pixel coordinates. Edge points run from
 * the source's outline to the target's outline; arrowheads are the SVG writer's business.
 */
public record Layout(Flowchart chart, double width, double height, List<PlacedNode> nodes, List<PlacedEdge> edges,
        List<PlacedCluster> clusters) {

    /** @param x the left edge; {@code y} the top edge */
    public record PlacedNode(Flowchart.Node node, double x, double y, double width, double height, List<String> lines) {
        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }
    }

    /** @param label the label's box, or null when the edge has none */
    public record PlacedEdge(Flowchart.Edge edge, List<Point> points, PlacedLabel label) {}

    public record PlacedLabel(List<String> lines, double x, double y, double width, double height) {}

    /** @param title where the subgraph's title is drawn: a box no edge crosses */
    public record PlacedCluster(Flowchart.Subgraph subgraph, double x, double y, double width, double height, List<String> lines,
            PlacedLabel title) {}

    public PlacedNode node(String id) {
        for (PlacedNode n : nodes) if (n.node().id().equals(id)) return n;
        return null;
    }
}
