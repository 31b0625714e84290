package dev.kiln.diagram.svg;

import dev.kiln.diagram.flowchart.Flowchart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words a screen reader says for a diagram: its title and a description built from its
 * nodes and links ("A → B; B → C"), in the site's language (Chinese or English).
 */
final class Description {
    private final boolean chinese;

    Description(String language) {
        this.chinese = language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    String title(Flowchart chart) {
        if (!chart.title().isEmpty()) return chart.title();
        return chinese ? "流程图" : "Flowchart";
    }

    String describe(Flowchart chart) {
        if (!chart.summary().isEmpty()) return chart.summary();
        StringBuilder out = new StringBuilder();
        String direction = switch (chart.direction()) {
            case TB -> chinese ? "自上而下" : "top to bottom";
            case BT -> chinese ? "自下而上" : "bottom to top";
            case LR -> chinese ? "从左到右" : "left to right";
            case RL -> chinese ? "从右到左" : "right to left";
        };
        int links = (int) chart.edges().stream().filter(e -> e.stroke() != Flowchart.Stroke.INVISIBLE).count();
        out.append(chinese
                ? "流程图，" + direction + "，" + chart.nodes().size() + " 个节点，" + links + " 条连线。"
                : "Flowchart, " + direction + ", " + chart.nodes().size() + " nodes, " + links + " links. ");
        List<String> parts = new ArrayList<>();
        for (Flowchart.Edge e : chart.edges()) {
            if (e.stroke() == Flowchart.Stroke.INVISIBLE) continue;
            String arrow = e.end() == Flowchart.Head.NONE ? " — " : " → ";
            if (e.start() != Flowchart.Head.NONE) arrow = " ↔ ";
            String label = e.label().isEmpty() ? "" : (chinese ? "（" + flat(e.label()) + "）" : "(" + flat(e.label()) + ") ");
            parts.add(name(chart, e.from()) + arrow + label + name(chart, e.to()));
        }
        for (Flowchart.Node n : chart.nodes()) {
            boolean linked = chart.edges().stream().anyMatch(e -> e.from().equals(n.id()) || e.to().equals(n.id()));
            if (!linked) parts.add(flat(n.label()));
        }
        out.append(String.join(chinese ? "；" : "; ", parts)).append(chinese ? "。" : ".");
        for (Flowchart.Subgraph s : chart.subgraphs()) {
            List<String> members = s.members().stream().map(id -> name(chart, id)).toList();
            out.append(chinese ? "分组“" + flat(s.title()) + "”：" + String.join("、", members) + "。"
                    : " Group “" + flat(s.title()) + "”: " + String.join(", ", members) + ".");
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
        return label.replace('\n', ' ');
    }
}
