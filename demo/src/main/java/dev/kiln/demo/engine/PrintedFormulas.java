package dev.kiln.demo.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The backpropagation formulas the article prints in §4.2, evaluated as written, so a demo can set
 * them beside the true gradient. They describe its two-layer network: m inputs, n hidden units,
 * one output here (k = 1). With the article's loss convention (ŷ the prediction, y the target) and
 * e = y − ŷ they read
 * <pre>
 *   ∂J/∂W⁽²⁾ = e ⊙ h          ∂J/∂b⁽²⁾ = e ⊙ h
 *   ∂J/∂W⁽¹⁾ = xᵀ ⊙ (W⁽²⁾ ⊙ e)  ∂J/∂b⁽¹⁾ = hᵀ ⊙ (W⁽²⁾ ⊙ e)
 * </pre>
 * Where the shapes leave a choice, the kindest reading is taken: xᵀ ⊙ (W⁽²⁾e) as the outer
 * product (W⁽²⁾ⱼ e) xᵢ, which has W⁽¹⁾'s shape. ∂J/∂b⁽²⁾ gives n values for one bias and cannot be
 * compared at all. The article's J = ½Σ(y − ŷ)² per sample is brought to the engine's loss, the
 * mean of (ŷ − y)² over N samples, by the factor 2/N, so only the formulas differ, not the scale.
 */
final class PrintedFormulas {
    private PrintedFormulas() {}

    /**
     * The formulas' gradients in {@link Model#parameterArrays()} order (W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾), with
     * null for ∂J/∂b⁽²⁾; null altogether unless the model is the article's: two layers, one output.
     */
    static List<double[]> gradients(Model model, double[][] x, double[] y) {
        Dense[] layers = model.layers();
        if (layers.length != 2 || layers[1].out != 1) return null;
        Dense hidden = layers[0];
        Dense output = layers[1];
        int m = hidden.in;
        int n = hidden.out;
        double[] w1 = new double[n * m];
        double[] b1 = new double[n];
        double[] w2 = new double[n];
        double[] z = new double[n];
        double[] h = new double[n];
        double[] zOut = new double[1];
        double[] yHat = new double[1];
        double scale = 2.0 / y.length;
        for (int s = 0; s < y.length; s++) {
            hidden.forward(x[s], z, h);
            output.forward(h, zOut, yHat);
            double e = (y[s] - yHat[0]) * scale;
            for (int j = 0; j < n; j++) {
                double back = output.w[j] * e;
                w2[j] += e * h[j];
                b1[j] += h[j] * back;
                for (int i = 0; i < m; i++) w1[j * m + i] += x[s][i] * back;
            }
        }
        List<double[]> out = new ArrayList<>();
        out.add(w1);
        out.add(b1);
        out.add(w2);
        out.add(null);
        return out;
    }
}
