package dev.kiln.demo.engine;

/** Feature preprocessing fitted on the training split: none, min-max to [0, 1], or z-score. */
public final class Scaler {
    private final double[] shift;
    private final double[] divide;

    private Scaler(double[] shift, double[] divide) {
        this.shift = shift;
        this.divide = divide;
    }

    public static Scaler fit(String kind, Dataset train) {
        int f = train.features();
        double[] shift = new double[f];
        double[] divide = new double[f];
        java.util.Arrays.fill(divide, 1);
        int n = train.size();
        for (int j = 0; j < f && !kind.equals("none"); j++) {
            if (kind.equals("minmax")) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] row : train.x) {
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                }
                shift[j] = min;
                divide[j] = max > min ? max - min : 1;
            } else {
                double mean = 0;
                for (double[] row : train.x) mean += row[j];
                mean /= n;
                double var = 0;
                for (double[] row : train.x) var += (row[j] - mean) * (row[j] - mean);
                double sd = Math.sqrt(var / n);
                shift[j] = mean;
                divide[j] = sd > 0 ? sd : 1;
            }
        }
        return new Scaler(shift, divide);
    }

    public double[][] apply(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) out[i][j] = (x[i][j] - shift[j]) / divide[j];
        }
        return out;
    }
}
