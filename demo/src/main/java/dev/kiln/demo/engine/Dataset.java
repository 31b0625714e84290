package dev.kiln.demo.engine;

/**
 * Inputs and targets, one row per sample, and the generators demos use. Every generator draws
 * from its own seeded {@link Rng} in a fixed order, so a seed names one dataset everywhere.
 */
public final class Dataset {
    public final double[][] x;
    public final double[] y;

    public Dataset(double[][] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    public int size() {
        return y.length;
    }

    public int features() {
        return x.length == 0 ? 0 : x[0].length;
    }

    /** The article's {@code np.random.rand}: features then targets, all uniform in [0, 1), inputs row by row. */
    public static Dataset uniform(int samples, int features, int seed) {
        Rng rng = new Rng(seed);
        double[][] x = new double[samples][features];
        for (double[] row : x) for (int j = 0; j < features; j++) row[j] = rng.next();
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) y[i] = rng.next();
        return new Dataset(x, y);
    }

    /** y = bias + Σ w_j·x_j + noise·N(0,1), with x_j uniform in [0, scale_j). */
    public static Dataset linear(int samples, double[] weights, double bias, double[] scales, double noise, int seed) {
        Rng rng = new Rng(seed);
        int f = weights.length;
        double[][] x = new double[samples][f];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            double s = bias;
            for (int j = 0; j < f; j++) {
                x[i][j] = rng.next() * (scales.length > 0 ? scales[j] : 1);
                s += weights[j] * x[i][j];
            }
            y[i] = s + noise * rng.gaussian();
        }
        return new Dataset(x, y);
    }

    /** y = sin(x) + noise·N(0,1), with x uniform in [−π, π). */
    public static Dataset sine(int samples, double noise, int seed) {
        Rng rng = new Rng(seed);
        double[][] x = new double[samples][1];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            x[i][0] = (2 * rng.next() - 1) * Math.PI;
            y[i] = FastMath.sin(x[i][0]) + noise * rng.gaussian();
        }
        return new Dataset(x, y);
    }

    /** The reader's own points, each [x…, y]. */
    public static Dataset points(double[][] points) {
        double[][] x = new double[points.length][];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = java.util.Arrays.copyOf(points[i], points[i].length - 1);
            y[i] = points[i][points[i].length - 1];
        }
        return new Dataset(x, y);
    }

    /** The first samples, or the rest: Keras's {@code validation_split} keeps the last fraction, unshuffled. */
    public Dataset rows(int from, int to) {
        return new Dataset(java.util.Arrays.copyOfRange(x, from, to), java.util.Arrays.copyOfRange(y, from, to));
    }
}
