package dev.kiln.demo.engine;

/**
 * Four samples of one batch through a model at once: what most of training time is. The batch's
 * samples all see the same weights, so they can go through layer by layer together, and each
 * weight is loaded once for four multiply-adds instead of once for one. Each gradient entry still
 * gets its four samples' terms added one by one, in sample order, and each sum of a unit's inputs
 * is still added input by input; so every number is the one {@link Model#predict} and
 * {@link Model#backward} give a sample at a time, bit for bit.
 */
final class FourSamples {
    static final int N = 4;
    private final Dense[] layers;
    /** [layer][slot][unit]: z, a = f(z), dLoss/da and dLoss/dz per sample slot. */
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] da;
    private final double[][][] dz;
    private final double[][] x = new double[N][];
    private final double[] out = new double[N];

    FourSamples(Dense[] layers) {
        this.layers = layers;
        z = new double[layers.length][N][];
        a = new double[layers.length][N][];
        da = new double[layers.length][N][];
        dz = new double[layers.length][N][];
        for (int l = 0; l < layers.length; l++) {
            for (int k = 0; k < N; k++) {
                z[l][k] = new double[layers[l].out];
                a[l][k] = new double[layers[l].out];
                da[l][k] = new double[layers[l].out];
                dz[l][k] = new double[layers[l].out];
            }
        }
    }

    /** The four predictions for these inputs; {@link #backward} then works from them. */
    double[] predict(double[] x0, double[] x1, double[] x2, double[] x3) {
        x[0] = x0;
        x[1] = x1;
        x[2] = x2;
        x[3] = x3;
        double[][] input = x;
        for (int l = 0; l < layers.length; l++) {
            forward(layers[l], input, z[l], a[l]);
            input = a[l];
        }
        for (int k = 0; k < N; k++) out[k] = input[k][0];
        return out;
    }

    /** Adds the four samples' gradients, each scaled by its dLoss/dPrediction, in sample order. */
    void backward(double[] dOut) {
        int last = layers.length - 1;
        for (int k = 0; k < N; k++) da[last][k][0] = dOut[k];
        for (int l = last; l >= 0; l--) {
            Dense layer = layers[l];
            for (int k = 0; k < N; k++) layer.activation.chain(z[l][k], a[l][k], da[l][k], dz[l][k], layer.out);
            addGradients(layer, l == 0 ? x : a[l - 1], dz[l]);
            if (l > 0) for (int k = 0; k < N; k++) layer.inputGradient(dz[l][k], da[l - 1][k]);
        }
    }

    private static void forward(Dense layer, double[][] x, double[][] z, double[][] a) {
        int in = layer.in;
        double[] w = layer.w;
        double[] x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
        double[] z0 = z[0], z1 = z[1], z2 = z[2], z3 = z[3];
        for (int j = 0; j < layer.out; j++) {
            int row = j * in;
            double s0 = layer.b[j], s1 = s0, s2 = s0, s3 = s0;
            for (int i = 0; i < in; i++) {
                double wi = w[row + i];
                s0 += wi * x0[i];
                s1 += wi * x1[i];
                s2 += wi * x2[i];
                s3 += wi * x3[i];
            }
            z0[j] = s0;
            z1[j] = s1;
            z2[j] = s2;
            z3[j] = s3;
        }
        for (int k = 0; k < N; k++) layer.activation.apply(z[k], a[k], layer.out);
    }

    /** gw += Σₖ dzₖ ⊗ xₖ and gb += Σₖ dzₖ, the terms of each entry added in sample order. */
    private static void addGradients(Dense layer, double[][] x, double[][] dz) {
        int in = layer.in;
        double[] gw = layer.gw;
        double[] x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
        double[] e0 = dz[0], e1 = dz[1], e2 = dz[2], e3 = dz[3];
        for (int j = 0; j < layer.out; j++) {
            double d0 = e0[j], d1 = e1[j], d2 = e2[j], d3 = e3[j];
            int row = j * in;
            for (int i = 0; i < in; i++) gw[row + i] = gw[row + i] + d0 * x0[i] + d1 * x1[i] + d2 * x2[i] + d3 * x3[i];
            layer.gb[j] = layer.gb[j] + d0 + d1 + d2 + d3;
        }
    }
}
