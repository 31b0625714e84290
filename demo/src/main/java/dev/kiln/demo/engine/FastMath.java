package dev.kiln.demo.engine;

/**
 * exp, tanh, sigmoid and sin from additions, multiplications and divisions only. IEEE 754
 * makes those give the same bits everywhere, while {@code Math.exp} and friends may differ in
 * the last place between the JVM and a browser (and TeaVM's own tanh is far off for large
 * inputs). So a model trained here and in the page follows the same numbers to the last bit.
 */
public final class FastMath {
    private FastMath() {}

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    /** e^x within one ulp, after fdlibm's e_exp.c: x = k·ln2 + r, a Remez polynomial for e^r, then 2^k. */
    public static double exp(double x) {
        if (x != x) return x;
        if (x > 709.782712893383973096) return Double.POSITIVE_INFINITY;
        if (x < -745.13321910194110842) return 0;
        int k = (int) (x * INV_LN2 + (x < 0 ? -0.5 : 0.5));
        double hi = x - k * LN2_HI;
        double lo = k * LN2_LO;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double y = k == 0 ? 1 - ((r * c) / (c - 2.0) - r) : 1 - ((lo - (r * c) / (2.0 - c)) - hi);
        return scale(y, k);
    }

    /** 2^k for k in [-1022, 1023], each an exact power of two (halvings and doublings of 1 are exact). */
    private static final double[] POW2 = new double[2046];

    static {
        POW2[1022] = 1;
        for (int k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
        for (int k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k] * 0.5;
    }

    /**
     * y·2^k, rounded once. Within the table that is one multiplication by an exact power of two;
     * beyond it, exact steps of 2^±500 bring k into range first (no bit tricks, which TeaVM's Wasm
     * would need too). Either way the result is y·2^k correctly rounded, so both give the same bits.
     */
    private static double scale(double y, int k) {
        while (k > 1023) {
            y *= 0x1p500;
            k -= 500;
        }
        while (k < -1022) {
            y *= 0x1p-500;
            k += 500;
        }
        return y * POW2[1022 + k];
    }

    public static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax > 22) return x > 0 ? 1 : -1;
        if (ax < 1e-9) return x;
        double t = exp(-2 * ax);
        double y = (1 - t) / (1 + t);
        return x < 0 ? -y : y;
    }

    public static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + exp(-x));
        double e = exp(x);
        return e / (1 + e);
    }

    private static final double TWO_PI_HI = 6.28318530717958623200e+00;
    private static final double TWO_PI_LO = 2.44929359829470635445e-16;

    /** sin(x) for the modest arguments datasets use: reduced to [-π/2, π/2], then a Taylor polynomial to x^19. */
    public static double sin(double x) {
        double k = Math.floor(x / TWO_PI_HI + 0.5);
        double r = (x - k * TWO_PI_HI) - k * TWO_PI_LO;
        double halfPi = TWO_PI_HI / 4;
        if (r > halfPi) r = 2 * halfPi - r;
        else if (r < -halfPi) r = -2 * halfPi - r;
        double r2 = r * r;
        double term = r;
        double sum = r;
        for (int n = 1; n <= 9; n++) {
            term = -term * r2 / ((2 * n) * (2 * n + 1));
            sum += term;
        }
        return sum;
    }
}
