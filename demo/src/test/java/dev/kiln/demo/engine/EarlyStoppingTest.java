package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Early stopping as Keras's {@code EarlyStopping(monitor="val_loss", patience=N)}: the epoch it
 * stops at is worked out here from a full run's validation losses, by Keras's rule written out
 * independently (wait counts epochs since the best; stop when wait reaches patience).
 */
class EarlyStoppingTest {
    /** §3.3's demo, which overfits: see {@link OverfittingTest}. */
    private static Trainer run(String extra) {
        return OverfittingTest.train(extra);
    }

    @Test
    void stopsWhereKerasWould() {
        Trainer full = run("");
        double[] valid = full.validationLossHistory();
        int patience = 50;
        double best = Double.POSITIVE_INFINITY;
        int wait = 0, expected = 0;
        for (int e = 0; e < valid.length; e++) {
            if (valid[e] < best) { best = valid[e]; wait = 0; } else if (++wait >= patience) { expected = e + 1; break; }
        }
        assertTrue(expected > 0 && expected < 1000, "this data overfits, so Keras would stop early: " + expected);
        Trainer stopped = run(", \"patience\": " + patience);
        assertEquals(expected, stopped.stoppedAt());
        assertEquals(expected, stopped.epoch());
        assertArrayEquals(java.util.Arrays.copyOf(full.lossHistory(), expected), stopped.lossHistory(), "the same run up to the stop, bit for bit");
    }

    @Test
    void earlyStoppingNeedsAValidationSplit() {
        SpecException e = assertThrows(SpecException.class, () -> DemoSpecTest.spec(
                "{\"data\": {\"kind\": \"sine\", \"samples\": 15}, \"model\": [1], \"patience\": 10}"));
        assertTrue(e.getMessage().contains("data.validation"), e.getMessage());
    }
}
