package dev.kiln.demo.engine;

/**
 * A fully connected layer: a = f(b + W·x). Weights are stored row by row ({@code w[j·in + i]}
 * links input i to unit j). Sums start from the bias and add inputs in order, the same order the
 * Keras reference trainer uses, so the two agree to the last bit.
 */
public final class Dense {
    final int in;
    final int out;
    final Activation activation;
    final double[] w;
    final double[] b;
    final double[] gw;
    final double[] gb;

    public Dense(int in, int out, Activation activation) {
        this.in = in;
        this.out = out;
        this.activation = activation;
        this.w = new double[in * out];
        this.b = new double[out];
        this.gw = new double[in * out];
        this.gb = new double[out];
    }

    /** z and a for one sample; {@code z} and {@code a} are filled. */
    void forward(double[] x, double[] z, double[] a) {
        for (int j = 0; j < out; j++) {
            double s = b[j];
            int row = j * in;
            for (int i = 0; i < in; i++) s += w[row + i] * x[i];
            z[j] = s;
            a[j] = activation.value(s);
        }
    }

    /**
     * Adds this sample's gradients, given dLoss/da for each unit, and writes dLoss/dx into
     * {@code dx} (if not null) for the layer below.
     */
    void backward(double[] x, double[] z, double[] a, double[] da, double[] dx) {
        if (dx != null) java.util.Arrays.fill(dx, 0);
        for (int j = 0; j < out; j++) {
            double dz = da[j] * activation.derivative(z[j], a[j]);
            int row = j * in;
            for (int i = 0; i < in; i++) {
                gw[row + i] += dz * x[i];
                if (dx != null) dx[i] += w[row + i] * dz;
            }
            gb[j] += dz;
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
