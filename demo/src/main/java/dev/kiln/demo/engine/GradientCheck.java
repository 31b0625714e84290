package dev.kiln.demo.engine;

import java.util.List;

/**
 * Backpropagation checked against central differences. The five-point stencil
 * (−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h))/12h is accurate to O(h⁴), so with h = 1e-4 both its
 * truncation and its rounding error stay near 1e-12 and a relative tolerance of 1e-6 is fair.
 * Reports the largest relative error, so a wrong derivative anywhere shows up as one number.
 */
public final class GradientCheck {
    private GradientCheck() {}

    /**
     * The largest |backprop − numeric| / max(|backprop|, |numeric|, 1e-6) over every parameter, for
     * the mean loss on (x, y). The floor keeps gradients that are zero but for rounding from
     * counting as relative errors.
     */
    public static double maxRelativeError(Model model, Loss loss, double[][] x, double[] y, double h) {
        model.clearGradients();
        for (int i = 0; i < y.length; i++) {
            double p = model.predict(x[i]);
            model.backward(x[i], loss.derivative(p, y[i]) / y.length);
        }
        List<double[]> params = model.parameterArrays();
        List<double[]> grads = model.gradientArrays();
        double worst = 0;
        for (int k = 0; k < params.size(); k++) {
            double[] w = params.get(k);
            double[] g = grads.get(k).clone();
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                double[] at = new double[4];
                double[] steps = {2 * h, h, -h, -2 * h};
                for (int s = 0; s < 4; s++) {
                    w[i] = keep + steps[s];
                    at[s] = meanLoss(model, loss, x, y);
                }
                w[i] = keep;
                double numeric = (-at[0] + 8 * at[1] - 8 * at[2] + at[3]) / (12 * h);
                double scale = Math.max(Math.max(Math.abs(g[i]), Math.abs(numeric)), 1e-6);
                worst = Math.max(worst, Math.abs(g[i] - numeric) / scale);
            }
        }
        return worst;
    }

    static double meanLoss(Model model, Loss loss, double[][] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) sum += loss.value(model.predict(x[i]), y[i]);
        return sum / y.length;
    }
}
