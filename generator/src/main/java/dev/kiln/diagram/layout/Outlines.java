package dev.kiln.diagram.layout;

import dev.kiln.diagram.layout.Layout.PlacedNode;
import java.util.List;

/**
 * Moves an edge's ends from the bounding box, where ELK leaves them, onto the node's real
 * outline: the slope of a diamond, the rim of a circle, the corner of a hexagon.
 */
final class Outlines {
    private Outlines() {}

    static void clip(List<Point> points, PlacedNode from, PlacedNode to) {
        if (points.size() < 2) return;
        if (to != null) {
            int last = points.size() - 1;
            points.set(last, onOutline(points.get(last - 1), points.get(last), to));
        }
        if (from != null) points.set(0, onOutline(points.get(1), points.get(0), from));
    }

    /**
     * Where the line from {@code outside} through {@code end} first meets the node's outline;
     * when it misses the shape, where the line from {@code outside} to the centre does.
     */
    static Point onOutline(Point outside, Point end, PlacedNode node) {
        List<Point> outline = NodeGeometry.outline(node.node().shape(), node.width(), node.height());
        if (outline == null) return end;
        Point hit = firstHit(outside, end, outline, node);
        if (hit == null) hit = firstHit(outside, new Point(node.centerX(), node.centerY()), outline, node);
        return hit == null ? end : hit;
    }

    /** The nearest crossing of the ray from {@code a} through {@code b} with the closed polygon. */
    private static Point firstHit(Point a, Point b, List<Point> outline, PlacedNode node) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        if (dx == 0 && dy == 0) return null;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < outline.size(); i++) {
            Point p = outline.get(i);
            Point q = outline.get((i + 1) % outline.size());
            double px = node.x() + p.x();
            double py = node.y() + p.y();
            double ex = q.x() - p.x();
            double ey = q.y() - p.y();
            double denominator = dx * ey - dy * ex;
            if (Math.abs(denominator) < 1e-12) continue;
            // solve a + t·d = p + u·e for t (along the ray) and u (along the outline's side)
            double t = ((px - a.x()) * ey - (py - a.y()) * ex) / denominator;
            double u = ((px - a.x()) * dy - (py - a.y()) * dx) / denominator;
            if (t > 1e-9 && u >= -1e-9 && u <= 1 + 1e-9 && t < best) best = t;
        }
        return best == Double.POSITIVE_INFINITY ? null : new Point(a.x() + best * dx, a.y() + best * dy);
    }
}
