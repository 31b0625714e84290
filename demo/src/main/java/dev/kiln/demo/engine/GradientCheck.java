package dev.kiln.demo.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation checked against central differences. The five-point stencil
 * (−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h))/12h is accurate to O(h⁴), so with h = 1e-4 both its
 * truncation and its rounding error stay near 1e-12 and a relative tolerance of 1e-6 is fair.
 * Errors are the largest relative error over a set of parameters, so a wrong derivative anywhere
 * shows up as one number.
 */
public final class GradientCheck {
    /** The step demos check with. */
    public static final double STEP = 1e-4;

    private GradientCheck() {}

    /**
     * Per parameter array (weights, then biases, layer by layer), the largest relative error of
     * backpropagation and of the article's printed formulas ({@link PrintedFormulas}) against the
     * numeric gradient. {@code printed} is null for a model the formulas do not describe, and an
     * entry is NaN where a formula gives a different number of values than the parameter has.
     */
    public static final class Report {
        // a class, not a record: TeaVM's browser build would need the record bootstrap methods
        public final double[] backprop;
        public final double[] printed;

        Report(double[] backprop, double[] printed) {
            this.backprop = backprop;
            this.printed = printed;
        }

        public double worstBackprop() {
            return worst(backprop);
        }

        public double worstPrinted() {
            return printed == null ? Double.NaN : worst(printed);
        }

        private static double worst(double[] errors) {
            double w = 0;
            for (double e : errors) if (!Double.isNaN(e)) w = Math.max(w, e);
            return w;
        }
    }

    /** The largest relative error over every parameter, for the mean loss on (x, y). */
    public static double maxRelativeError(Model model, Loss loss, double[][] x, double[] y, double h) {
        return report(model, loss, x, y, h).worstBackprop();
    }

    /** Backpropagation, and the printed formulas where they apply, against the numeric gradient at the model's weights. */
    public static Report report(Model model, Loss loss, double[][] x, double[] y, double h) {
        List<double[]> backprop = backprop(model, loss, x, y);
        List<double[]> numeric = numeric(model, loss, x, y, h);
        List<double[]> printed = loss == Loss.MSE ? PrintedFormulas.gradients(model, x, y) : null;
        double[] b = new double[numeric.size()];
        double[] p = printed == null ? null : new double[numeric.size()];
        for (int k = 0; k < b.length; k++) {
            b[k] = relativeError(backprop.get(k), numeric.get(k));
            if (p != null) p[k] = printed.get(k) == null ? Double.NaN : relativeError(printed.get(k), numeric.get(k));
        }
        return new Report(b, p);
    }

    /**
     * The largest |a − b| / max(|a|, |b|, 1e-6) over the entries. The floor keeps gradients that
     * are zero but for rounding from counting as relative errors.
     */
    static double relativeError(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            double scale = Math.max(Math.max(Math.abs(a[i]), Math.abs(b[i])), 1e-6);
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
        }
        return worst;
    }

    static List<double[]> backprop(Model model, Loss loss, double[][] x, double[] y) {
        model.clearGradients();
        for (int i = 0; i < y.length; i++) {
            double p = model.predict(x[i]);
            model.backward(x[i], loss.derivative(p, y[i]) / y.length);
        }
        List<double[]> out = new ArrayList<>();
        for (double[] g : model.gradientArrays()) out.add(g.clone());
        return out;
    }

    static List<double[]> numeric(Model model, Loss loss, double[][] x, double[] y, double h) {
        double[] steps = {2 * h, h, -h, -2 * h};
        List<double[]> out = new ArrayList<>();
        for (double[] w : model.parameterArrays()) {
            double[] g = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                double[] at = new double[4];
                for (int s = 0; s < 4; s++) {
                    w[i] = keep + steps[s];
                    at[s] = meanLoss(model, loss, x, y);
                }
                w[i] = keep;
                g[i] = (-at[0] + 8 * at[1] - 8 * at[2] + at[3]) / (12 * h);
            }
            out.add(g);
        }
        return out;
    }

    static double meanLoss(Model model, Loss loss, double[][] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) sum += loss.value(model.predict(x[i]), y[i]);
        return sum / y.length;
    }
}
