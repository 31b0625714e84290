package dev.kiln.demo.engine;

import java.util.ArrayList;
import java.util.List;

/** A stack of dense layers with one output, and the buffers one sample's forward and backward passes reuse. */
public final class Model {
    private final Dense[] layers;
    private final double[][] z;
    private final double[][] a;
    private final double[][] da;
    private FourSamples four;

    /** @param units the size of each layer, the last one 1; {@code activations} one per layer */
    public Model(int inputs, int[] units, Activation[] activations) {
        layers = new Dense[units.length];
        z = new double[units.length][];
        a = new double[units.length][];
        da = new double[units.length][];
        int in = inputs;
        for (int l = 0; l < units.length; l++) {
            layers[l] = new Dense(in, units[l], activations[l]);
            z[l] = new double[units[l]];
            a[l] = new double[units[l]];
            da[l] = new double[units[l]];
            in = units[l];
        }
    }

    /** The way to take a batch's samples four at a time (same numbers, faster). */
    FourSamples four() {
        if (four == null) four = new FourSamples(layers);
        return four;
    }

    public Dense[] layers() {
        return layers;
    }

    public double predict(double[] x) {
        double[] input = x;
        for (int l = 0; l < layers.length; l++) {
            layers[l].forward(input, z[l], a[l]);
            input = a[l];
        }
        return input[0];
    }

    /** Adds one sample's gradients, scaled by {@code dOut} = dLoss/dPrediction; call after {@link #predict} on the same x. */
    void backward(double[] x, double dOut) {
        int last = layers.length - 1;
        da[last][0] = dOut;
        for (int l = last; l >= 0; l--) {
            double[] input = l == 0 ? x : a[l - 1];
            layers[l].backward(input, z[l], a[l], da[l], l == 0 ? null : da[l - 1]);
        }
    }

    /** L2 weight decay on kernels (not biases), as Keras's {@code kernel_regularizer=l2(λ)}: λ·Σw². */
    double l2Penalty(double lambda) {
        if (lambda == 0) return 0;
        double sum = 0;
        for (Dense layer : layers) for (double w : layer.w) sum += w * w;
        return lambda * sum;
    }

    /** Adds the penalty's gradient, 2λw, to the kernels' gradients. */
    void addL2Gradient(double lambda) {
        if (lambda == 0) return;
        for (Dense layer : layers) for (int i = 0; i < layer.w.length; i++) layer.gw[i] += 2 * lambda * layer.w[i];
    }

    void clearGradients() {
        for (Dense layer : layers) layer.clearGradients();
    }

    /** Every parameter array, weights then biases, layer by layer: what optimizers update. */
    List<double[]> parameterArrays() {
        List<double[]> p = new ArrayList<>();
        for (Dense layer : layers) {
            p.add(layer.w);
            p.add(layer.b);
        }
        return p;
    }

    List<double[]> gradientArrays() {
        List<double[]> g = new ArrayList<>();
        for (Dense layer : layers) {
            g.add(layer.gw);
            g.add(layer.gb);
        }
        return g;
    }

    /** All weights as [layer][weights…, biases…]. */
    public double[][] weights() {
        double[][] out = new double[layers.length][];
        for (int l = 0; l < layers.length; l++) out[l] = layers[l].parameters();
        return out;
    }
}
