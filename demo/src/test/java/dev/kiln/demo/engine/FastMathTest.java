package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The portable transcendentals against the JDK's (StrictMath: fdlibm, correctly specified). */
class FastMathTest {
    @Test
    void expIsWithinOneUlp() {
        Rng rng = new Rng(1);
        for (int i = 0; i < 200_000; i++) {
            double x = (rng.next() * 2 - 1) * 700;
            if (i % 2 == 0) x /= 1000;
            double want = StrictMath.exp(x);
            assertTrue(Math.abs(FastMath.exp(x) - want) <= Math.ulp(want), "exp(" + x + ")");
        }
        assertEquals(1.0, FastMath.exp(0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, FastMath.exp(800), 0.0);
        assertEquals(0.0, FastMath.exp(-800), 0.0);
        assertTrue(Double.isNaN(FastMath.exp(Double.NaN)));
        assertEquals(StrictMath.exp(-740), FastMath.exp(-740), Math.ulp(StrictMath.exp(-740)), "subnormal results");
    }

    @Test
    void tanhSigmoidAndSinAreAccurate() {
        Rng rng = new Rng(2);
        for (int i = 0; i < 100_000; i++) {
            double x = (rng.next() * 2 - 1) * 30;
            assertEquals(StrictMath.tanh(x), FastMath.tanh(x), 1e-15 + 1e-15 * Math.abs(StrictMath.tanh(x)), "tanh(" + x + ")");
            assertEquals(1 / (1 + StrictMath.exp(-x)), FastMath.sigmoid(x), 1e-15, "sigmoid(" + x + ")");
            double s = (rng.next() * 2 - 1) * 8;
            assertEquals(StrictMath.sin(s), FastMath.sin(s), 1e-13, "sin(" + s + ")");
        }
        assertEquals(1.0, FastMath.tanh(40), 0.0);
        assertEquals(-1.0, FastMath.tanh(-40), 0.0);
        assertEquals(1e-12, FastMath.tanh(1e-12), 0.0);
    }
}
