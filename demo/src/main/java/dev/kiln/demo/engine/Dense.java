package dev.kiln.demo.engine;

/**
 * A fully connected layer: a = f(b + W·x). Weights are stored row by row ({@code w[j·in + i]}
 * links input i to unit j). Sums start from the bias and add inputs in order, the same order the
 * Keras reference trainer uses, so the two agree to the last bit.
 *
 * <p>The loops are shaped for speed without changing that order: four units' sums run side by
 * side (each one is still added up input by input, but the four chains of additions overlap in
 * the processor instead of waiting on each other; the backward pass sums dL/dx four inputs at a
 * time in the same way), the activation is applied in a loop of its own chosen once per layer (no
 * call per unit), and no inner loop has a branch. Training takes a batch's samples four at a time
 * through {@link FourSamples}; this class is one sample's way, and the remainder's.
 */
public final class Dense {
    final int in;
    final int out;
    final Activation activation;
    final double[] w;
    final double[] b;
    final double[] gw;
    final double[] gb;
    /** dLoss/dz for one sample, reused. */
    private final double[] dz;

    public Dense(int in, int out, Activation activation) {
        this.in = in;
        this.out = out;
        this.activation = activation;
        this.w = new double[in * out];
        this.b = new double[out];
        this.gw = new double[in * out];
        this.gb = new double[out];
        this.dz = new double[out];
    }

    /** z and a for one sample; {@code z} and {@code a} are filled. */
    void forward(double[] x, double[] z, double[] a) {
        int j = 0;
        for (; j + 3 < out; j += 4) {
            int r0 = j * in, r1 = r0 + in, r2 = r1 + in, r3 = r2 + in;
            double s0 = b[j], s1 = b[j + 1], s2 = b[j + 2], s3 = b[j + 3];
            for (int i = 0; i < in; i++) {
                double xi = x[i];
                s0 += w[r0 + i] * xi;
                s1 += w[r1 + i] * xi;
                s2 += w[r2 + i] * xi;
                s3 += w[r3 + i] * xi;
            }
            z[j] = s0;
            z[j + 1] = s1;
            z[j + 2] = s2;
            z[j + 3] = s3;
        }
        for (; j < out; j++) {
            double s = b[j];
            int row = j * in;
            for (int i = 0; i < in; i++) s += w[row + i] * x[i];
            z[j] = s;
        }
        activation.apply(z, a, out);
    }

    /**
     * Adds this sample's gradients, given dLoss/da for each unit, and writes dLoss/dx into
     * {@code dx} (if not null) for the layer below.
     */
    void backward(double[] x, double[] z, double[] a, double[] da, double[] dx) {
        activation.chain(z, a, da, dz, out);
        for (int j = 0; j < out; j++) {
            double d = dz[j];
            int row = j * in;
            for (int i = 0; i < in; i++) gw[row + i] += d * x[i];
            gb[j] += d;
        }
        if (dx != null) inputGradient(dz, dx);
    }

    /** dx[i] = Σ_j w[j·in + i]·dz[j], summed from 0 in unit order, four inputs side by side in registers. */
    void inputGradient(double[] dz, double[] dx) {
        int i = 0;
        for (; i + 3 < in; i += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0, r = i; j < out; j++, r += in) {
                double d = dz[j];
                s0 += w[r] * d;
                s1 += w[r + 1] * d;
                s2 += w[r + 2] * d;
                s3 += w[r + 3] * d;
            }
            dx[i] = s0;
            dx[i + 1] = s1;
            dx[i + 2] = s2;
            dx[i + 3] = s3;
        }
        for (; i < in; i++) {
            double s = 0;
            for (int j = 0, r = i; j < out; j++, r += in) s += w[r] * dz[j];
            dx[i] = s;
        }
    }

    void clearGradients() {
        java.util.Arrays.fill(gw, 0);
        java.util.Arrays.fill(gb, 0);
    }

    public int inputs() {
        return in;
    }

    public int units() {
        return out;
    }

    public Activation activation() {
        return activation;
    }

    /** The weights, row by row (unit j's weights at [j·in, (j+1)·in)), then the biases. */
    public double[] parameters() {
        double[] p = new double[w.length + b.length];
        System.arraycopy(w, 0, p, 0, w.length);
        System.arraycopy(b, 0, p, w.length, b.length);
        return p;
    }
}
