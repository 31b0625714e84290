package dev.kiln.demo.engine;

/** Numbers as text: exact for JSON (the JVM's shortest round-trip form), readable for messages. */
public final class Numbers {
    private Numbers() {}

    /** A JSON number that parses back to the same bits; NaN and infinities, which JSON lacks, become null. */
    public static String json(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : text(d);
    }

    static String text(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
