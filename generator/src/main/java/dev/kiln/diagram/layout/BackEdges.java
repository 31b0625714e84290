package dev.kiln.diagram.layout;

import dev.kiln.diagram.flowchart.Flowchart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges that close a loop, found as a reader finds them: walking from the chart's starting
 * points (nodes nothing points to, in the author's order) along the links as written, an edge
 * back to a node still on the walk is the one that closes the loop. Those edges are laid out
 * reversed, so a loop hangs below its entry, as mermaid.js draws it.
 *
 * <p>ELK's own cycle breakers choose by model order instead, and under subgraphs that order
 * counts the subgraph first: {@code Ok --> Fix} into a subgraph was reversed, and the chart's
 * start ended mid-chart. The walk keeps its own stack, so no chart is too deep for it.
 */
final class BackEdges {
    private BackEdges() {}

    /** Indices into {@code chart.edges()} of the edges to lay out reversed. */
    static BitSet of(Flowchart chart) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> order = vertices(chart);
        for (String v : order) ids.put(v, ids.size());
        int n = order.size();
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        boolean[] entered = new boolean[n];
        List<Flowchart.Edge> edges = chart.edges();
        for (int e = 0; e < edges.size(); e++) {
            int from = ids.get(edges.get(e).from());
            int to = ids.get(edges.get(e).to());
            if (from == to) continue; // a self-loop is drawn as one, not reversed
            out.get(from).add(e);
            entered[to] = true;
        }
        BitSet reversed = new BitSet(edges.size());
        byte[] state = new byte[n]; // 0 not seen, 1 on the walk, 2 done
        for (int pass = 0; pass < 2; pass++) {
            for (int root = 0; root < n; root++) {
                // starting points first; then whatever only a loop reaches
                if (state[root] != 0 || (pass == 0 && entered[root])) continue;
                walk(root, out, edges, ids, state, reversed);
            }
        }
        return reversed;
    }

    private static void walk(int root, List<List<Integer>> out, List<Flowchart.Edge> edges, Map<String, Integer> ids,
            byte[] state, BitSet reversed) {
        Deque<int[]> stack = new ArrayDeque<>(); // {vertex, next out-edge to follow}
        stack.push(new int[] {root, 0});
        state[root] = 1;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Integer> next = out.get(top[0]);
            if (top[1] == next.size()) {
                state[top[0]] = 2;
                stack.pop();
                continue;
            }
            int e = next.get(top[1]++);
            int to = ids.get(edges.get(e).to());
            if (state[to] == 1) {
                reversed.set(e);
            } else if (state[to] == 0) {
                state[to] = 1;
                stack.push(new int[] {to, 0});
            }
        }
    }

    /** Every edge end, nodes in the author's order, then subgraphs an edge names. */
    private static List<String> vertices(Flowchart chart) {
        Set<String> order = new LinkedHashSet<>();
        for (Flowchart.Node node : chart.nodes()) order.add(node.id());
        for (Flowchart.Edge edge : chart.edges()) {
            order.add(edge.from());
            order.add(edge.to());
        }
        return new ArrayList<>(order);
    }
}
