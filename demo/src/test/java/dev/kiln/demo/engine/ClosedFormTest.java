package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Full-batch training of a linear model against least squares solved here from the normal equations. */
class ClosedFormTest {

    /** Solves (XᵀX) θ = Xᵀy for θ = [w…, b] by Gaussian elimination with partial pivoting. */
    static double[] leastSquares(double[][] x, double[] y) {
        int f = x[0].length;
        int n = f + 1;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < y.length; i++) {
            double[] row = new double[n];
            System.arraycopy(x[i], 0, row, 0, f);
            row[f] = 1;
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) a[r][c] += row[r] * row[c];
                a[r][n] += row[r] * y[i];
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] t = a[col]; a[col] = a[pivot]; a[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double k = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) a[r][c] -= k * a[col][c];
            }
        }
        double[] theta = new double[n];
        for (int r = 0; r < n; r++) theta[r] = a[r][n] / a[r][r];
        return theta;
    }

    @Test
    void fullBatchAdamConvergesToLeastSquaresOnTheArticlesData() {
        DemoSpec spec = Reference.articleSpec();
        spec.batch = 0;
        spec.lr = 0.01;
        spec.epochs = 20_000;
        Trainer trainer = new Trainer(spec);
        while (trainer.runEpoch()) { }
        Dataset data = Dataset.uniform(100, 2, 42);
        double[] theta = leastSquares(data.x, data.y);
        double[] w = trainer.model().layers()[0].parameters();
        for (int i = 0; i < 3; i++) assertEquals(theta[i], w[i], 1e-6 * Math.max(1, Math.abs(theta[i])), "parameter " + i);
        Map<String, Object> ls = Reference.map(Reference.load("linear-plain-losscurve.json"), "leastSquares");
        assertEquals((Double) ls.get("b"), theta[2], 1e-12, "the test's own solver agrees with the reference's");
    }

    @Test
    void sgdWithMomentumRecoversTheTrueWeightsOfNoiselessLinearData() {
        DemoSpec spec = new DemoSpec();
        spec.dataKind = "linear";
        spec.samples = 64;
        spec.trueWeights = new double[] {3, -1};
        spec.features = 2;
        spec.trueBias = 0.5;
        spec.optimizer = "sgd";
        spec.lr = 0.1;
        spec.momentum = 0.9;
        spec.batch = 0;
        spec.epochs = 3000;
        Trainer trainer = new Trainer(spec);
        while (trainer.runEpoch()) { }
        double[] w = trainer.model().layers()[0].parameters();
        assertEquals(3, w[0], 1e-6);
        assertEquals(-1, w[1], 1e-6);
        assertEquals(0.5, w[2], 1e-6);
    }
}
