package dev.kiln.diagram.layout;

import dev.kiln.diagram.flowchart.Flowchart.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The size a node's shape needs around its text, and the outline edges must end on. Sizes
 * follow Mermaid's: a diamond is as wide and as tall as its text box's width plus height.
 */
public final class NodeGeometry {
    static final double PAD_X = 16;
    static final double PAD_Y = 12;

    private NodeGeometry() {}

    /** Width and height of a shape holding text of the given size. */
    public static double[] size(Shape shape, double textWidth, double textHeight) {
        double w = textWidth + 2 * PAD_X;
        double h = textHeight + 2 * PAD_Y;
        return switch (shape) {
            case RECT, ROUND -> new double[] {w, h};
            case SUBROUTINE -> new double[] {w + 16, h};
            case STADIUM -> new double[] {w + h / 2, h};
            case CYLINDER -> new double[] {w, h + 2 * cylinderCap(w)};
            case CIRCLE -> square(Math.max(textWidth, textHeight) + 2 * PAD_Y);
            case DOUBLE_CIRCLE -> square(Math.max(textWidth, textHeight) + 2 * PAD_Y + 10);
            case DIAMOND -> square(textWidth + 16 + textHeight + 12);
            case HEXAGON, PARALLELOGRAM, PARALLELOGRAM_ALT, TRAPEZOID, TRAPEZOID_ALT -> new double[] {w + h / 2, h};
            case ASYMMETRIC -> new double[] {w + h / 4, h};
        };
    }

    /** The vertical radius of a cylinder's elliptic top and bottom. */
    public static double cylinderCap(double width) {
        return width / 2 / (2.5 + width / 50);
    }

    private static double[] square(double side) {
        return new double[] {side, side};
    }

    /**
     * The outline as a polygon in the node's own coordinates (0..w, 0..h), or null when the
     * bounding box is the outline (rectangles, and shapes close enough to one).
     */
    public static List<Point> outline(Shape shape, double w, double h) {
        double d = h / 4;
        return switch (shape) {
            case RECT, ROUND, SUBROUTINE, CYLINDER -> null;
            case DIAMOND -> List.of(new Point(w / 2, 0), new Point(w, h / 2), new Point(w / 2, h), new Point(0, h / 2));
            case HEXAGON -> List.of(new Point(d, 0), new Point(w - d, 0), new Point(w, h / 2), new Point(w - d, h),
                    new Point(d, h), new Point(0, h / 2));
            case PARALLELOGRAM -> List.of(new Point(d, 0), new Point(w, 0), new Point(w - d, h), new Point(0, h));
            case PARALLELOGRAM_ALT -> List.of(new Point(0, 0), new Point(w - d, 0), new Point(w, h), new Point(d, h));
            case TRAPEZOID -> List.of(new Point(d, 0), new Point(w - d, 0), new Point(w, h), new Point(0, h));
            case TRAPEZOID_ALT -> List.of(new Point(0, 0), new Point(w, 0), new Point(w - d, h), new Point(d, h));
            case ASYMMETRIC -> List.of(new Point(0, 0), new Point(w, 0), new Point(w, h), new Point(0, h), new Point(d, h / 2));
            case CIRCLE, DOUBLE_CIRCLE -> ellipse(w / 2, h / 2, w / 2, h / 2, 0, 360);
            case STADIUM -> stadium(w, h);
        };
    }

    private static List<Point> stadium(double w, double h) {
        double r = h / 2;
        List<Point> points = new ArrayList<>(ellipse(w - r, r, r, r, -90, 90));
        points.addAll(ellipse(r, r, r, r, 90, 270));
        return points;
    }

    private static List<Point> ellipse(double cx, double cy, double rx, double ry, double fromDeg, double toDeg) {
        List<Point> points = new ArrayList<>();
        int steps = 48;
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(fromDeg + (toDeg - fromDeg) * i / steps);
            points.add(new Point(cx + rx * Math.cos(a), cy + ry * Math.sin(a)));
        }
        return points;
    }
}
