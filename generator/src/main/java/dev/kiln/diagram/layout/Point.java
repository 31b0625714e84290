package dev.kiln.diagram.layout;

/** A point in the diagram's coordinates: pixels, origin at the top left, y downwards. */
public record Point(double x, double y) {
    double distance(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
