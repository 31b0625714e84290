package dev.kiln.diagram.flowchart;

import java.util.List;
import java.util.Map;

/**
 * A parsed Mermaid flowchart: what the author wrote, before any layout. Nodes, edges and
 * subgraphs keep the order in which they first appear, which the layout respects.
 *
 * @param classDefs styles by class name; {@code default} applies to every node, as in Mermaid
 * @param title     the accessible title ({@code accTitle:}), or empty
 * @param summary   the accessible description ({@code accDescr:}), or empty
 */
public record Flowchart(Direction direction, List<Node> nodes, List<Edge> edges, List<Subgraph> subgraphs,
        Map<String, Map<String, String>> classDefs, String title, String summary) {

    public enum Direction { TB, BT, LR, RL }

    public enum Shape {
        RECT, ROUND, STADIUM, SUBROUTINE, CYLINDER, CIRCLE, DOUBLE_CIRCLE, DIAMOND, HEXAGON,
        ASYMMETRIC, PARALLELOGRAM, PARALLELOGRAM_ALT, TRAPEZOID, TRAPEZOID_ALT
    }

    public enum Stroke { SOLID, DOTTED, THICK, INVISIBLE }

    public enum Head { NONE, ARROW, CIRCLE, CROSS }

    /**
     * @param label  the text as written, {@code <br>} already turned into line breaks
     * @param style  the node's own {@code style} statement, applied after its classes
     */
    public record Node(String id, String label, Shape shape, List<String> classes, Map<String, String> style) {}

    /**
     * @param from   a node id or a subgraph id
     * @param length the number of ranks the edge spans: 1 for {@code -->}, 2 for {@code --->}
     */
    public record Edge(String from, String to, String label, Stroke stroke, Head start, Head end, int length,
            Map<String, String> style) {}

    /**
     * @param parent  the enclosing subgraph's id, or null at the top
     * @param members ids of the nodes directly inside (not those of nested subgraphs)
     */
    public record Subgraph(String id, String title, String parent, List<String> members) {}

    public Node node(String id) {
        for (Node node : nodes) if (node.id().equals(id)) return node;
        return null;
    }

    public Subgraph subgraph(String id) {
        for (Subgraph subgraph : subgraphs) if (subgraph.id().equals(id)) return subgraph;
        return null;
    }

    /** A node's effective style: {@code classDef default}, then its classes in order, then its own style. */
    public Map<String, String> styleOf(Node node) {
        Map<String, String> style = new java.util.LinkedHashMap<>(classDefs.getOrDefault("default", Map.of()));
        for (String name : node.classes()) style.putAll(classDefs.getOrDefault(name, Map.of()));
        style.putAll(node.style());
        return style;
    }
}
