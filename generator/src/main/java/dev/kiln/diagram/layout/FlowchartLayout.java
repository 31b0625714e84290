package dev.kiln.diagram.layout;

import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.layout.Layout.PlacedCluster;
import dev.kiln.diagram.layout.Layout.PlacedEdge;
import dev.kiln.diagram.layout.Layout.PlacedLabel;
import dev.kiln.diagram.layout.Layout.PlacedNode;
import dev.kiln.problem.Limits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a flowchart out with ELK's layered algorithm, configured as Mermaid's ELK renderer is:
 * orthogonal edges, subgraphs laid out together with their contents, and the author's order of
 * nodes and edges kept where it costs no crossings (so {@code A-->B; A-->E} puts B left of E).
 *
 * <p>ELK has no minimum edge length, so a longer link ({@code --->}) runs through invisible
 * zero-size nodes, one per extra rank, and its pieces are joined back into one line.
 */
public final class FlowchartLayout {
    static final double MARGIN = 8;
    private static final double CLUSTER_PAD = 16;
    /** Up to this many links, nodes and links keep the order they were written in (bench/diagrams). */
    static final int MODEL_ORDER_EDGES = 200;

    private FlowchartLayout() {}

    public static Layout layout(Flowchart chart) {
        return layout(chart, Limits.RENDER_TIME);
    }

    /** @throws LayoutTimeoutException if ELK ran past {@code budget} */
    public static Layout layout(Flowchart chart, Duration budget) {
        return new Run(chart, budget).layout();
    }

    /** A layout stopped at its time budget. */
    public static final class LayoutTimeoutException extends RuntimeException {
        LayoutTimeoutException(Duration budget) {
            super("laying out this flowchart took longer than " + Limits.describe(budget) + " (Kiln's limit); split it into several diagrams");
        }
    }

    private static final class Run {
        private final Flowchart chart;
        private final ElkNode root = ElkGraphUtil.createGraph();
        private final Map<String, ElkNode> boxes = new HashMap<>();
        private final Map<String, List<String>> lines = new HashMap<>();
        /** Per flowchart edge, the ELK edges it became (more than one for a longer link). */
        private final List<List<ElkEdge>> pieces = new ArrayList<>();
        private final Map<ElkEdge, ElkLabel> labels = new HashMap<>();
        /** Per subgraph of a vertical chart, the node that holds its title's place. */
        private final Map<String, ElkNode> titles = new HashMap<>();
        /** Edges that close a loop: laid out from target to source, drawn the right way round. */
        private BitSet reversed;

        private final Duration budget;

        Run(Flowchart chart, Duration budget) {
            this.chart = chart;
            this.budget = budget;
        }

        Layout layout() {
            configure();
            for (Flowchart.Subgraph s : chart.subgraphs()) cluster(s);
            Map<String, ElkNode> parents = new HashMap<>();
            for (Flowchart.Subgraph s : chart.subgraphs()) for (String m : s.members()) parents.put(m, boxes.get(s.id()));
            for (Flowchart.Node n : chart.nodes()) node(n, parents.getOrDefault(n.id(), root));
            reversed = BackEdges.of(chart); // first: the title is tied by the links as laid out
            for (Flowchart.Subgraph s : chart.subgraphs()) holdTitleAbove(s);
            for (int i = 0; i < chart.edges().size(); i++) pieces.add(edge(chart.edges().get(i), reversed.get(i)));
            long deadline = System.nanoTime() + budget.toNanos();
            // ELK asks its monitor between steps whether to stop; past the budget the answer is yes.
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return System.nanoTime() > deadline;
                }
            });
            if (System.nanoTime() > deadline) throw new LayoutTimeoutException(budget);
            return result();
        }

        private void configure() {
            root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
            root.setProperty(CoreOptions.DIRECTION, switch (chart.direction()) {
                case TB -> org.eclipse.elk.core.options.Direction.DOWN;
                case BT -> org.eclipse.elk.core.options.Direction.UP;
                case LR -> org.eclipse.elk.core.options.Direction.RIGHT;
                case RL -> org.eclipse.elk.core.options.Direction.LEFT;
            });
            root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            // Keeping the author's order costs ELK's SortByInputModelProcessor time that grows
            // steeply with long links: 83 % of a 13 s layout of 900 links, which takes 0.9 s
            // without it. Past a size no author reads link by link, crossings alone decide.
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                    chart.edges().size() <= MODEL_ORDER_EDGES ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
            // BackEdges has turned the loops round already; what is left is a cycle only through a
            // subgraph as a whole (A --> member, other member --> A), and there the link written
            // last points back up
            root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.GREEDY_MODEL_ORDER);
            // BALANCED centres a parent over its children, as Mermaid's drawings do
            root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
            root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
            root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
            root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
            root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
            root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        }

        private void cluster(Flowchart.Subgraph s) {
            ElkNode parent = s.parent() == null ? root : boxes.get(s.parent());
            ElkNode box = ElkGraphUtil.createNode(parent);
            box.setIdentifier(s.id());
            List<String> title = TextMetrics.lines(s.title());
            lines.put(s.id(), title);
            double titleHeight = title.size() * TextMetrics.LINE_HEIGHT + 8;
            boolean vertical = chart.direction() == Flowchart.Direction.TB || chart.direction() == Flowchart.Direction.BT;
            if (vertical) {
                // Links into a subgraph enter through its top (TB) or bottom (BT), where a title in
                // the padding would sit across them. As a node of the subgraph's own, the title is
                // something ELK routes around.
                ElkNode heading = ElkGraphUtil.createNode(box);
                heading.setDimensions(TextMetrics.width(title) + 8, titleHeight - 8);
                titles.put(s.id(), heading);
            }
            double top = vertical ? CLUSTER_PAD : CLUSTER_PAD + titleHeight;
            box.setProperty(CoreOptions.PADDING, new ElkPadding(top, CLUSTER_PAD, CLUSTER_PAD, CLUSTER_PAD));
            // a subgraph is at least as wide as its title
            box.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            box.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(TextMetrics.width(title) + 2 * CLUSTER_PAD, titleHeight + 2 * CLUSTER_PAD));
            boxes.put(s.id(), box);
        }

        private void node(Flowchart.Node n, ElkNode parent) {
            List<String> text = TextMetrics.lines(n.label());
            lines.put(n.id(), text);
            double[] size = NodeGeometry.size(n.shape(), TextMetrics.width(text), text.size() * TextMetrics.LINE_HEIGHT);
            ElkNode box = ElkGraphUtil.createNode(parent);
            box.setIdentifier(n.id());
            box.setDimensions(size[0], size[1]);
            boxes.put(n.id(), box);
        }

        /**
         * Ties a vertical chart's subgraph title to its top, with edges ELK lays out but Kiln does
         * not draw: in TB from the title to the members nothing inside points to, in BT (where
         * ranks climb) from the members that point to nothing inside up to the title. The title
         * then heads the subgraph, centred over those members, and links pass beside it.
         */
        private void holdTitleAbove(Flowchart.Subgraph s) {
            ElkNode heading = titles.get(s.id());
            if (heading == null) return;
            boolean up = chart.direction() == Flowchart.Direction.BT;
            Set<String> inside = new HashSet<>(s.members());
            for (Flowchart.Subgraph nested : chart.subgraphs()) if (s.id().equals(nested.parent())) inside.add(nested.id());
            Set<String> linked = new HashSet<>();
            for (int i = 0; i < chart.edges().size(); i++) {
                Flowchart.Edge e = chart.edges().get(i);
                // with loops turned round, some member always has no link into it from inside
                String from = reversed.get(i) ? e.to() : e.from();
                String to = reversed.get(i) ? e.from() : e.to();
                if (inside.contains(from) && inside.contains(to) && !from.equals(to)) linked.add(up ? from : to);
            }
            for (String member : inside) {
                if (linked.contains(member)) continue;
                if (up) ElkGraphUtil.createSimpleEdge(boxes.get(member), heading);
                else ElkGraphUtil.createSimpleEdge(heading, boxes.get(member));
            }
        }

        private List<ElkEdge> edge(Flowchart.Edge e, boolean back) {
            ElkNode from = boxes.get(back ? e.to() : e.from());
            ElkNode to = boxes.get(back ? e.from() : e.to());
            List<ElkNode> stops = new ArrayList<>();
            stops.add(from);
            ElkNode container = commonParent(from, to);
            for (int i = 1; i < e.length(); i++) {
                ElkNode dummy = ElkGraphUtil.createNode(container);
                dummy.setDimensions(0, 0);
                stops.add(dummy);
            }
            stops.add(to);
            List<ElkEdge> chain = new ArrayList<>();
            for (int i = 0; i + 1 < stops.size(); i++) chain.add(ElkGraphUtil.createSimpleEdge(stops.get(i), stops.get(i + 1)));
            if (!e.label().isEmpty()) {
                List<String> text = TextMetrics.lines(e.label());
                ElkEdge carrier = chain.get(chain.size() / 2);
                ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", text), carrier);
                label.setDimensions(TextMetrics.width(text) + 8, text.size() * TextMetrics.LINE_HEIGHT + 2);
                labels.put(carrier, label);
            }
            return chain;
        }

        private ElkNode commonParent(ElkNode a, ElkNode b) {
            for (ElkNode p = a.getParent(); p != null; p = p.getParent()) {
                if (p == b.getParent() || ElkGraphUtil.isDescendant(b, p)) return p;
            }
            return root;
        }

        private Layout result() {
            List<PlacedCluster> clusters = new ArrayList<>();
            for (Flowchart.Subgraph s : chart.subgraphs()) {
                ElkNode box = boxes.get(s.id());
                Point at = absolute(box);
                ElkNode heading = titles.get(s.id());
                List<String> title = lines.get(s.id());
                double w = TextMetrics.width(title) + 8;
                // without a title node (LR, RL), the title sits centred in the top padding
                Point titleAt = heading != null ? absolute(heading) : new Point(at.x() + (box.getWidth() - w) / 2, at.y() + 8);
                clusters.add(new PlacedCluster(s, at.x(), at.y(), box.getWidth(), box.getHeight(), title,
                        new PlacedLabel(title, titleAt.x(), titleAt.y(), w, title.size() * TextMetrics.LINE_HEIGHT)));
            }
            List<PlacedNode> nodes = new ArrayList<>();
            for (Flowchart.Node n : chart.nodes()) {
                ElkNode box = boxes.get(n.id());
                Point at = absolute(box);
                nodes.add(new PlacedNode(n, at.x(), at.y(), box.getWidth(), box.getHeight(), lines.get(n.id())));
            }
            Map<String, PlacedNode> byId = new HashMap<>();
            for (PlacedNode n : nodes) byId.put(n.node().id(), n);
            List<PlacedEdge> edges = new ArrayList<>();
            for (int i = 0; i < chart.edges().size(); i++) {
                Flowchart.Edge e = chart.edges().get(i);
                List<Point> points = new ArrayList<>();
                PlacedLabel label = null;
                for (ElkEdge piece : pieces.get(i)) {
                    List<Point> section = points(piece);
                    if (!points.isEmpty()) section = section.subList(1, section.size());
                    points.addAll(section);
                    ElkLabel l = labels.get(piece);
                    if (l != null) {
                        Point offset = absolute(piece.getContainingNode());
                        label = new PlacedLabel(TextMetrics.lines(e.label()), offset.x() + l.getX(), offset.y() + l.getY(), l.getWidth(), l.getHeight());
                    }
                }
                if (reversed.get(i)) Collections.reverse(points);
                Outlines.clip(points, byId.get(e.from()), byId.get(e.to()));
                edges.add(new PlacedEdge(e, List.copyOf(points), label));
            }
            return new Layout(chart, root.getWidth(), root.getHeight(), List.copyOf(nodes), List.copyOf(edges), List.copyOf(clusters));
        }

        /** An edge's route in absolute coordinates: ELK gives it relative to the node that contains the edge. */
        private List<Point> points(ElkEdge edge) {
            Point offset = absolute(edge.getContainingNode());
            ElkEdgeSection section = edge.getSections().get(0);
            List<Point> points = new ArrayList<>();
            points.add(new Point(offset.x() + section.getStartX(), offset.y() + section.getStartY()));
            for (ElkBendPoint b : section.getBendPoints()) points.add(new Point(offset.x() + b.getX(), offset.y() + b.getY()));
            points.add(new Point(offset.x() + section.getEndX(), offset.y() + section.getEndY()));
            return points;
        }

        private Point absolute(ElkNode node) {
            double x = 0;
            double y = 0;
            for (ElkNode n = node; n != null && n != root; n = n.getParent()) {
                x += n.getX();
                y += n.getY();
            }
            return new Point(x, y);
        }
    }
}
