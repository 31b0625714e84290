package dev.kiln.demo.engine;

/** A neuron's activation: its value and its derivative, given the input z and the output a = f(z). */
public enum Activation {
    LINEAR("linear") {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1; }
    },
    RELU("relu") {
        @Override public double value(double z) { return z > 0 ? z : 0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1 : 0; }
    },
    SIGMOID("sigmoid") {
        @Override public double value(double z) { return FastMath.sigmoid(z); }
        @Override public double derivative(double z, double a) { return a * (1 - a); }
    },
    TANH("tanh") {
        @Override public double value(double z) { return FastMath.tanh(z); }
        @Override public double derivative(double z, double a) { return 1 - a * a; }
    };

    /** The name settings use. (Names are compared exactly: Unicode case tables would bloat the browser build.) */
    public final String key;

    Activation(String key) {
        this.key = key;
    }

    public abstract double value(double z);

    public abstract double derivative(double z, double a);

    /** The activation called {@code name} (linear, relu, sigmoid, tanh), or null. */
    public static Activation named(String name) {
        for (Activation a : values()) if (a.key.equals(name)) return a;
        return null;
    }
}
