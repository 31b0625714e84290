package dev.kiln.demoblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The charts' axis labels fit the room left of the axis: at most eight characters. */
class DemoNumbersTest {
    @Test
    void axisLabelsAreShortAndMatchTheWidgetsFormat() {
        assertEquals("3.77e-3", DemoNumbers.tick(0.003765), "the label that used to be clipped, 0.003765");
        assertEquals("3.76e-3", DemoNumbers.tick(0.0037649));
        assertEquals("0.0832", DemoNumbers.tick(0.0831814));
        assertEquals("0.5", DemoNumbers.tick(0.5));
        assertEquals("1000", DemoNumbers.tick(999.7));
        assertEquals("12346", DemoNumbers.tick(12345.6));
        assertEquals("1.23e+5", DemoNumbers.tick(123456));
        assertEquals("-0.25", DemoNumbers.tick(-0.25));
        assertEquals("2.9e+171", DemoNumbers.tick(2.902e171), "a diverged run's numbers fit too");
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble() * 18 - 9);
            String s = DemoNumbers.tick(v);
            assertTrue(s.length() <= 8, v + " → " + s);
        }
    }
}
