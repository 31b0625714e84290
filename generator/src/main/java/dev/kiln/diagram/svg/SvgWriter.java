package dev.kiln.diagram.svg;

import static dev.kiln.diagram.svg.Svg.label;
import static dev.kiln.diagram.svg.Svg.num;
import static dev.kiln.diagram.svg.Svg.style;
import static dev.kiln.diagram.svg.Svg.text;

import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.flowchart.Flowchart.Head;
import dev.kiln.diagram.layout.Layout;
import dev.kiln.diagram.layout.Layout.PlacedCluster;
import dev.kiln.diagram.layout.Layout.PlacedEdge;
import dev.kiln.diagram.layout.Layout.PlacedNode;
import dev.kiln.diagram.layout.NodeGeometry;
import dev.kiln.diagram.layout.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A laid-out flowchart as inline SVG. Colours come from CSS custom properties through classes
 * ({@code fc-node}, {@code fc-edge}, …), so the page's light and dark themes both apply and the
 * theme toggle restyles the diagram without drawing it again. Author styles ({@code style},
 * {@code classDef}, {@code linkStyle}) are inline and win over the theme, as in Mermaid.
 */
public final class SvgWriter {
    /** How far each head reaches past the end of its line. */
    private static final double ARROW = 9;
    private static final double CIRCLE = 8;
    private static final double CROSS = 10;
    private static final double CORNER = 6;
    private static final Set<String> TEXT_PROPERTIES = Set.of("font-weight", "font-style", "font-size", "font-family");

    private final Description words;

    /** @param ui the site's UI strings, for the accessible title and description */
    public SvgWriter(dev.kiln.i18n.UiStrings ui) {
        this.words = new Description(ui);
    }

    /** @param id a prefix for the SVG's element ids, unique in its page */
    public String write(Layout layout, String id) {
        Flowchart chart = layout.chart();
        StringBuilder svg = Svg.open("flowchart", layout.width(), layout.height(), id, words.title(chart), words.describe(chart));
        List<String> colours = strokeColours(layout);
        markers(svg, id, colours);
        svg.append("<g class=\"fc-clusters\">");
        for (PlacedCluster c : layout.clusters()) cluster(svg, c);
        svg.append("</g><g class=\"fc-edges\">");
        for (PlacedEdge e : layout.edges()) edge(svg, e, id, colours);
        svg.append("</g><g class=\"fc-edge-labels\">");
        for (PlacedEdge e : layout.edges()) edgeLabel(svg, e);
        for (PlacedCluster c : layout.clusters()) clusterTitle(svg, c);
        svg.append("</g><g class=\"fc-nodes\">");
        for (PlacedNode n : layout.nodes()) node(svg, n, chart.styleOf(n.node()));
        return svg.append("</g></svg>").toString();
    }

    /** The stroke colours {@code linkStyle} gives links, in order: each gets heads of its own colour. */
    private static List<String> strokeColours(Layout layout) {
        List<String> colours = new ArrayList<>();
        for (PlacedEdge e : layout.edges()) {
            String c = e.edge().style().get("stroke");
            if (c != null && !colours.contains(c)) colours.add(c);
        }
        return colours;
    }

    /** The theme-coloured heads, then one set per {@code linkStyle} colour (suffix {@code -c1}, {@code -c2}…). */
    private static void markers(StringBuilder svg, String id, List<String> colours) {
        svg.append("<defs>");
        heads(svg, id, "", "");
        for (int k = 0; k < colours.size(); k++) heads(svg, id, "-c" + (k + 1), text(colours.get(k)));
        svg.append("</defs>");
    }

    private static void heads(StringBuilder svg, String id, String suffix, String colour) {
        String fill = colour.isEmpty() ? "" : " style=\"fill:" + colour + "\"";
        String stroke = colour.isEmpty() ? "" : " style=\"stroke:" + colour + "\"";
        svg.append(marker(id, "arrow" + suffix, 9, 8, "<path d=\"M0,0L9,4L0,8z\"" + fill + "/>"))
                .append(marker(id, "circle" + suffix, 8, 8, "<circle cx=\"4\" cy=\"4\" r=\"3.5\"" + fill + "/>"))
                .append(marker(id, "cross" + suffix, 10, 10, "<path class=\"fc-cross\" d=\"M1,1L9,9M1,9L9,1\"" + stroke + "/>"));
    }

    /** A head that starts where its line stops ({@code refX=0}), so the line never shows through its tip. */
    private static String marker(String id, String kind, int w, int h, String body) {
        return "<marker id=\"" + id + "-" + kind + "\" class=\"fc-marker\" viewBox=\"0 0 " + w + " " + h + "\" refX=\"0\" refY=\"" + h / 2
                + "\" markerUnits=\"userSpaceOnUse\" markerWidth=\"" + w + "\" markerHeight=\"" + h + "\" orient=\"auto-start-reverse\">"
                + body + "</marker>";
    }

    private static void cluster(StringBuilder svg, PlacedCluster c) {
        svg.append("<rect class=\"fc-cluster\" x=\"").append(num(c.x())).append("\" y=\"").append(num(c.y()))
                .append("\" width=\"").append(num(c.width())).append("\" height=\"").append(num(c.height())).append("\" rx=\"4\"/>");
    }

    /** Drawn above the edges, on a patch of the subgraph's colour, where the layout kept its place free of links. */
    private static void clusterTitle(StringBuilder svg, PlacedCluster c) {
        Layout.PlacedLabel t = c.title();
        svg.append("<g class=\"fc-cluster-label\"><rect x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                .append("\" width=\"").append(num(t.width())).append("\" height=\"").append(num(t.height())).append("\"/>");
        label(svg, "fc-cluster-title", c.lines(), t.x() + t.width() / 2, t.y() + t.height() / 2, Map.of());
        svg.append("</g>");
    }

    private static void edge(StringBuilder svg, PlacedEdge e, String id, List<String> colours) {
        Flowchart.Edge edge = e.edge();
        if (edge.stroke() == Flowchart.Stroke.INVISIBLE) return;
        List<Point> points = new ArrayList<>(e.points());
        shorten(points, points.size() - 1, points.size() - 2, reach(edge.end()));
        shorten(points, 0, 1, reach(edge.start()));
        Map<String, String> lineStyle = new LinkedHashMap<>(edge.style());
        lineStyle.remove("color");
        svg.append("<path class=\"fc-edge fc-").append(edge.stroke().name().toLowerCase(java.util.Locale.ROOT)).append("\" d=\"")
                .append(path(points)).append('"');
        String colour = edge.style().get("stroke");
        String suffix = colour == null ? "" : "-c" + (colours.indexOf(colour) + 1);
        if (edge.start() != Head.NONE) svg.append(" marker-start=\"url(#").append(id).append('-').append(markerName(edge.start())).append(suffix).append(")\"");
        if (edge.end() != Head.NONE) svg.append(" marker-end=\"url(#").append(id).append('-').append(markerName(edge.end())).append(suffix).append(")\"");
        svg.append(style(lineStyle)).append("/>");
    }

    private static void edgeLabel(StringBuilder svg, PlacedEdge e) {
        Layout.PlacedLabel l = e.label();
        if (l == null || e.edge().stroke() == Flowchart.Stroke.INVISIBLE) return;
        svg.append("<g class=\"fc-edge-label\"><rect x=\"").append(num(l.x())).append("\" y=\"").append(num(l.y()))
                .append("\" width=\"").append(num(l.width())).append("\" height=\"").append(num(l.height())).append("\" rx=\"2\"/>");
        Map<String, String> textStyle = new LinkedHashMap<>();
        if (e.edge().style().containsKey("color")) textStyle.put("fill", e.edge().style().get("color"));
        label(svg, "fc-label", l.lines(), l.x() + l.width() / 2, l.y() + l.height() / 2, textStyle);
        svg.append("</g>");
    }

    private static double reach(Head head) {
        return switch (head) {
            case NONE -> 0;
            case ARROW -> ARROW;
            case CIRCLE -> CIRCLE;
            case CROSS -> CROSS;
        };
    }

    private static String markerName(Head head) {
        return switch (head) {
            case ARROW -> "arrow";
            case CIRCLE -> "circle";
            case CROSS -> "cross";
            case NONE -> throw new IllegalArgumentException();
        };
    }

    /** Pulls the end {@code at} back towards {@code toward} by {@code by} px, to make room for a head. */
    private static void shorten(List<Point> points, int at, int toward, double by) {
        if (by == 0 || points.size() < 2) return;
        Point end = points.get(at);
        Point prev = points.get(toward);
        double length = Math.hypot(end.x() - prev.x(), end.y() - prev.y());
        if (length < 1e-9) return;
        double keep = Math.max(0, length - by) / length;
        points.set(at, new Point(prev.x() + (end.x() - prev.x()) * keep, prev.y() + (end.y() - prev.y()) * keep));
    }

    /** A polyline with its bends rounded off, as Mermaid's orthogonal ELK edges are. */
    private static String path(List<Point> p) {
        StringBuilder d = new StringBuilder("M").append(num(p.get(0).x())).append(',').append(num(p.get(0).y()));
        for (int i = 1; i < p.size() - 1; i++) {
            Point a = p.get(i - 1);
            Point b = p.get(i);
            Point c = p.get(i + 1);
            double r = Math.min(CORNER, Math.min(dist(a, b), dist(b, c)) / 2);
            Point in = toward(b, a, r);
            Point out = toward(b, c, r);
            d.append('L').append(num(in.x())).append(',').append(num(in.y()))
                    .append('Q').append(num(b.x())).append(',').append(num(b.y())).append(' ').append(num(out.x())).append(',').append(num(out.y()));
        }
        Point last = p.get(p.size() - 1);
        return d.append('L').append(num(last.x())).append(',').append(num(last.y())).toString();
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static Point toward(Point from, Point to, double by) {
        double d = dist(from, to);
        return d < 1e-9 ? from : new Point(from.x() + (to.x() - from.x()) * by / d, from.y() + (to.y() - from.y()) * by / d);
    }

    private static void node(StringBuilder svg, PlacedNode n, Map<String, String> authorStyle) {
        Map<String, String> shapeStyle = new LinkedHashMap<>();
        Map<String, String> textStyle = new LinkedHashMap<>();
        authorStyle.forEach((k, v) -> {
            if (k.equals("color")) textStyle.put("fill", v);
            else if (TEXT_PROPERTIES.contains(k)) textStyle.put(k, v);
            else shapeStyle.put(k, v);
        });
        svg.append("<g class=\"fc-node");
        for (String c : n.node().classes()) svg.append(" fc-class-").append(text(c));
        svg.append("\">");
        String s = style(shapeStyle);
        double x = n.x();
        double y = n.y();
        double w = n.width();
        double h = n.height();
        double textY = n.centerY();
        switch (n.node().shape()) {
            case RECT -> rect(svg, x, y, w, h, 0, s);
            case ROUND -> rect(svg, x, y, w, h, 8, s);
            case STADIUM -> rect(svg, x, y, w, h, h / 2, s);
            case SUBROUTINE -> {
                rect(svg, x, y, w, h, 0, s);
                svg.append("<path d=\"M").append(num(x + 8)).append(',').append(num(y)).append('v').append(num(h))
                        .append('M').append(num(x + w - 8)).append(',').append(num(y)).append('v').append(num(h)).append('"').append(s).append("/>");
            }
            case CYLINDER -> {
                double ry = NodeGeometry.cylinderCap(w);
                String arc = "a" + num(w / 2) + "," + num(ry) + " 0 0 0 ";
                svg.append("<path d=\"M").append(num(x)).append(',').append(num(y + ry))
                        .append(arc).append(num(w)).append(",0").append(arc).append(num(-w)).append(",0")
                        .append('v').append(num(h - 2 * ry)).append(arc).append(num(w)).append(",0")
                        .append('v').append(num(-(h - 2 * ry))).append('"').append(s).append("/>");
                textY += ry / 2;
            }
            case CIRCLE -> circle(svg, n, w / 2, s);
            case DOUBLE_CIRCLE -> {
                circle(svg, n, w / 2, s);
                circle(svg, n, w / 2 - 5, s);
            }
            default -> {
                svg.append("<polygon points=\"");
                for (Point p : NodeGeometry.outline(n.node().shape(), w, h)) {
                    svg.append(num(x + p.x())).append(',').append(num(y + p.y())).append(' ');
                }
                svg.setLength(svg.length() - 1);
                svg.append('"').append(s).append("/>");
            }
        }
        label(svg, "fc-label", n.lines(), n.centerX(), textY, textStyle);
        svg.append("</g>");
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, double r, String style) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"');
        if (r > 0) svg.append(" rx=\"").append(num(r)).append('"');
        svg.append(style).append("/>");
    }

    private static void circle(StringBuilder svg, PlacedNode n, double r, String style) {
        svg.append("<circle cx=\"").append(num(n.centerX())).append("\" cy=\"").append(num(n.centerY()))
                .append("\" r=\"").append(num(r)).append('"').append(style).append("/>");
    }
}
