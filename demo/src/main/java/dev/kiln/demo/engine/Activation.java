package dev.kiln.demo.engine;

/** A neuron's activation: its value and its derivative, given the input z and the output a = f(z). */
public enum Activation {
    LINEAR {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1; }
    },
    RELU {
        @Override public double value(double z) { return z > 0 ? z : 0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1 : 0; }
    },
    SIGMOID {
        @Override public double value(double z) { return FastMath.sigmoid(z); }
        @Override public double derivative(double z, double a) { return a * (1 - a); }
    },
    TANH {
        @Override public double value(double z) { return FastMath.tanh(z); }
        @Override public double derivative(double z, double a) { return 1 - a * a; }
    };

    public abstract double value(double z);

    public abstract double derivative(double z, double a);

    /** The activation called {@code name} (linear, relu, sigmoid, tanh), or null. */
    public static Activation named(String name) {
        for (Activation a : values()) if (a.name().equalsIgnoreCase(name)) return a;
        return null;
    }
}
