package dev.kiln.demo.engine;

/** A per-sample loss of prediction p against target y, and its derivative in p. Also used as metrics. */
public enum Loss {
    MSE("mse") {
        @Override public double value(double p, double y) { double r = p - y; return r * r; }
        @Override public double derivative(double p, double y) { return 2 * (p - y); }
    },
    MAE("mae") {
        @Override public double value(double p, double y) { return Math.abs(p - y); }
        @Override public double derivative(double p, double y) { return p > y ? 1 : p < y ? -1 : 0; }
    };

    /** The name settings use. */
    public final String key;

    Loss(String key) {
        this.key = key;
    }

    public abstract double value(double p, double y);

    public abstract double derivative(double p, double y);

    public static Loss named(String name) {
        for (Loss l : values()) if (l.key.equals(name)) return l;
        return null;
    }
}
