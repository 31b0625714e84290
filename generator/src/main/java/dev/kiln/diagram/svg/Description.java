package dev.kiln.diagram.svg;

import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.i18n.UiStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a screen reader says for a diagram: its title and a description built from its
 * nodes and links ("A → B; B → C"), in the site's language (its UI string table).
 */
final class Description {
    private final UiStrings ui;

    Description(UiStrings ui) {
        this.ui = ui;
    }

    String title(Flowchart chart) {
        if (!chart.title().isEmpty()) return chart.title();
        return ui.get("flowchart");
    }

    String describe(Flowchart chart) {
        if (!chart.summary().isEmpty()) return chart.summary();
        StringBuilder out = new StringBuilder();
        String direction = ui.get("direction" + chart.direction().name());
        int links = (int) chart.edges().stream().filter(e -> e.stroke() != Flowchart.Stroke.INVISIBLE).count();
        out.append(ui.format("flowchartSummary", "direction", direction, "nodes", chart.nodes().size(), "links", links));
        out.append(ui.get("sentenceSpace"));
        List<String> parts = new ArrayList<>();
        for (Flowchart.Edge e : chart.edges()) {
            if (e.stroke() == Flowchart.Stroke.INVISIBLE) continue;
            String arrow = e.end() == Flowchart.Head.NONE ? " — " : " → ";
            if (e.start() != Flowchart.Head.NONE) arrow = " ↔ ";
            String label = e.label().isEmpty() ? "" : ui.format("flowchartEdgeLabel", "label", flat(e.label()));
            parts.add(name(chart, e.from()) + arrow + label + name(chart, e.to()));
        }
        for (Flowchart.Node n : chart.nodes()) {
            boolean linked = chart.edges().stream().anyMatch(e -> e.from().equals(n.id()) || e.to().equals(n.id()));
            if (!linked) parts.add(flat(n.label()));
        }
        out.append(String.join(ui.get("listSeparator"), parts)).append(ui.get("sentenceEnd"));
        for (Flowchart.Subgraph s : chart.subgraphs()) {
            List<String> members = s.members().stream().map(id -> name(chart, id)).toList();
            out.append(ui.get("sentenceSpace"));
            out.append(ui.format("flowchartGroup", "title", flat(s.title()), "members", String.join(ui.get("memberSeparator"), members)));
        }
        return out.toString().strip();
    }

    private static String name(Flowchart chart, String id) {
        Flowchart.Node node = chart.node(id);
        if (node != null) return flat(node.label());
        Flowchart.Subgraph s = chart.subgraph(id);
        return s == null ? id : flat(s.title());
    }

    private static String flat(String label) {
        return dev.kiln.diagram.flowchart.LabelMarkup.plain(label).replace('\n', ' ');
    }
}
