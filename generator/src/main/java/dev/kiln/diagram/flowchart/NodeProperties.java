package dev.kiln.diagram.flowchart;

import dev.kiln.diagram.flowchart.Flowchart.Shape;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mermaid 11's node properties, {@code A@{ shape: diam, label: "Valid?" }}. The shapes Kiln draws
 * are accepted under every name Mermaid 11.14 gives them; Mermaid's other shapes (documents,
 * forks, icons, images …) leave the whole chart to mermaid.js rather than draw it wrong.
 */
final class NodeProperties {
    private NodeProperties() {}

    /** What the braces said: either may be null when not given. */
    record Read(Shape shape, String label) {}

    /** Mermaid's short names and aliases (mermaid 11.14.0, {@code shapes.ts}) of the shapes Kiln draws. */
    private static final Map<String, Shape> DRAWN = names();

    private static Map<String, Shape> names() {
        Map<String, Shape> m = new java.util.HashMap<>();
        put(m, Shape.RECT, "rect", "proc", "process", "rectangle");
        put(m, Shape.ROUND, "rounded", "event");
        put(m, Shape.STADIUM, "stadium", "terminal", "pill");
        put(m, Shape.SUBROUTINE, "fr-rect", "subprocess", "subproc", "framed-rectangle", "subroutine");
        put(m, Shape.CYLINDER, "cyl", "db", "database", "cylinder");
        put(m, Shape.CIRCLE, "circle", "circ");
        put(m, Shape.DOUBLE_CIRCLE, "dbl-circ", "double-circle");
        put(m, Shape.DIAMOND, "diam", "decision", "diamond", "question");
        put(m, Shape.HEXAGON, "hex", "hexagon", "prepare");
        put(m, Shape.PARALLELOGRAM, "lean-r", "lean-right", "in-out");
        put(m, Shape.PARALLELOGRAM_ALT, "lean-l", "lean-left", "out-in");
        put(m, Shape.TRAPEZOID, "trap-b", "priority", "trapezoid-bottom", "trapezoid");
        put(m, Shape.TRAPEZOID_ALT, "trap-t", "manual", "trapezoid-top", "inv-trapezoid");
        put(m, Shape.ASYMMETRIC, "odd");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Shape> m, Shape shape, String... names) {
        for (String name : names) m.put(name, shape);
    }

    /** Mermaid 11.14's other shape names: drawn by mermaid.js in the reader's browser. */
    private static final Set<String> MERMAID_ONLY = Set.of("bang", "cloud", "notch-rect", "card", "notched-rectangle",
            "lin-rect", "lined-rectangle", "lined-process", "lin-proc", "shaded-process", "sm-circ", "start", "small-circle",
            "fr-circ", "stop", "framed-circle", "fork", "join", "hourglass", "collate", "brace", "comment", "brace-l", "brace-r",
            "braces", "bolt", "com-link", "lightning-bolt", "doc", "document", "delay", "half-rounded-rectangle", "h-cyl", "das",
            "horizontal-cylinder", "lin-cyl", "disk", "lined-cylinder", "curv-trap", "curved-trapezoid", "display", "div-rect",
            "div-proc", "divided-rectangle", "divided-process", "tri", "extract", "triangle", "win-pane", "internal-storage",
            "window-pane", "f-circ", "junction", "filled-circle", "notch-pent", "loop-limit", "notched-pentagon", "flip-tri",
            "manual-file", "flipped-triangle", "sl-rect", "manual-input", "sloped-rectangle", "docs", "documents", "st-doc",
            "stacked-document", "st-rect", "procs", "processes", "stacked-rectangle", "bow-rect", "stored-data",
            "bow-tie-rectangle", "cross-circ", "summary", "crossed-circle", "tag-doc", "tagged-document", "tag-rect",
            "tagged-rectangle", "tag-proc", "tagged-process", "flag", "paper-tape", "lin-doc", "lined-document", "text");
    /** Mermaid's other properties: icons, images and their placement, label types, and the edge ones (animation, curve). */
    private static final Set<String> MERMAID_ONLY_KEYS = Set.of("icon", "img", "form", "pos", "h", "w", "constraint", "labelType",
            "animate", "animation", "curve");

    /** Reads {@code @{ … }} at the cursor (just past the node id), or returns null when none opens there. */
    static Read read(Cursor c, String nodeId) throws DiagramSyntaxException {
        int opened = c.mark();
        if (!c.eat("@{")) return null;
        Shape shape = null;
        String label = null;
        while (true) {
            skipBlank(c);
            if (c.eat("}")) return new Read(shape, label);
            if (c.atEnd()) throw unclosed(c, opened, nodeId);
            int keyAt = c.mark();
            String key = c.word();
            if (key.isEmpty()) throw c.error("expected a property name such as `shape` or `label`, found " + c.found());
            c.skipSpaces();
            if (!c.eat(":")) {
                // on a later line, a word without `:` is the next statement: the braces were left open
                if (c.lineAt(keyAt) > c.lineAt(opened)) throw unclosed(c, opened, nodeId);
                throw c.error("expected `:` after `" + key + "`, found " + c.found());
            }
            c.skipSpaces();
            int valueAt = c.mark();
            String value = value(c);
            switch (key) {
                case "shape" -> {
                    shape = DRAWN.get(value);
                    if (shape == null && MERMAID_ONLY.contains(value)) throw new NotDrawnAtBuildTime("the `" + value + "` shape");
                    if (shape == null) {
                        throw c.errorAt(valueAt, "unknown shape `" + value + "`; Mermaid's shapes include "
                                + String.join(", ", new TreeSet<>(DRAWN.keySet()).stream().limit(14).toList()) + " …");
                    }
                }
                case "label" -> label = value;
                default -> {
                    if (MERMAID_ONLY_KEYS.contains(key)) throw new NotDrawnAtBuildTime("the node property `" + key + "`");
                    throw c.errorAt(keyAt, "unknown node property `" + key + "`: write `shape:` or `label:`");
                }
            }
            skipBlank(c);
            c.eat(",");
        }
    }

    private static DiagramSyntaxException unclosed(Cursor c, int opened, String nodeId) {
        return c.errorAt(opened, "the properties of node `" + nodeId + "` opened with `@{` are never closed with `}`");
    }

    /** A quoted string, or a bare word up to the next {@code ,} or {@code }}. */
    private static String value(Cursor c) throws DiagramSyntaxException {
        if (c.peek() == '"') return c.quoted("this quoted value is never closed with `\"`");
        int from = c.mark();
        while (!c.atEnd() && c.peek() != ',' && c.peek() != '}' && c.peek() != '\n') c.next();
        String text = c.slice(from).strip();
        if (text.isEmpty()) throw c.error("expected a value, found " + c.found());
        return text;
    }

    private static void skipBlank(Cursor c) {
        while (!c.atEnd() && Character.isWhitespace(c.peek())) c.next();
    }
}
