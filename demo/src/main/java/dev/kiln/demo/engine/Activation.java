package dev.kiln.demo.engine;

/**
 * A neuron's activation, applied to a whole layer at once: one loop per kind, so a layer makes one
 * call, not one per unit, and each loop has no branch on the kind inside it.
 */
public enum Activation {
    LINEAR("linear") {
        // plain loops, not System.arraycopy: a layer has few units, and the browser builds' arraycopy costs a call and checks
        @Override void apply(double[] z, double[] a, int n) { for (int j = 0; j < n; j++) a[j] = z[j]; }
        @Override void chain(double[] z, double[] a, double[] da, double[] dz, int n) { for (int j = 0; j < n; j++) dz[j] = da[j]; }
    },
    RELU("relu") {
        @Override void apply(double[] z, double[] a, int n) { for (int j = 0; j < n; j++) a[j] = z[j] > 0 ? z[j] : 0; }
        @Override void chain(double[] z, double[] a, double[] da, double[] dz, int n) { for (int j = 0; j < n; j++) dz[j] = z[j] > 0 ? da[j] : 0 * da[j]; }
    },
    SIGMOID("sigmoid") {
        @Override void apply(double[] z, double[] a, int n) { for (int j = 0; j < n; j++) a[j] = FastMath.sigmoid(z[j]); }
        @Override void chain(double[] z, double[] a, double[] da, double[] dz, int n) { for (int j = 0; j < n; j++) dz[j] = da[j] * (a[j] * (1 - a[j])); }
    },
    TANH("tanh") {
        @Override void apply(double[] z, double[] a, int n) { for (int j = 0; j < n; j++) a[j] = FastMath.tanh(z[j]); }
        @Override void chain(double[] z, double[] a, double[] da, double[] dz, int n) { for (int j = 0; j < n; j++) dz[j] = da[j] * (1 - a[j] * a[j]); }
    };

    /** The name settings use. (Names are compared exactly: Unicode case tables would bloat the browser build.) */
    public final String key;

    Activation(String key) {
        this.key = key;
    }

    /** a[j] = f(z[j]) for the first n units. */
    abstract void apply(double[] z, double[] a, int n);

    /** dz[j] = da[j]·f′(z[j]), given a[j] = f(z[j]): the chain rule through the activation. */
    abstract void chain(double[] z, double[] a, double[] da, double[] dz, int n);

    /** The activation called {@code name} (linear, relu, sigmoid, tanh), or null. */
    public static Activation named(String name) {
        for (Activation a : values()) if (a.key.equals(name)) return a;
        return null;
    }
}
