package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The article's §3.3 demo shows overfitting at its default settings: a wide MLP on 15 noisy sine
 * points keeps lowering its training loss while its validation loss, after a minimum, climbs.
 * These are the settings content/03-algorithms.md uses.
 */
class OverfittingTest {
    static final String SECTION_3_3 = """
            {"data": {"kind": "sine", "samples": 15, "noise": 0.25, "seed": 4, "validation": 0.33},
             "model": ["64 tanh", "64 tanh", 1], "optimizer": {"name": "adam", "lr": 0.01},
             "epochs": 1000, "batch": "full"%s}""";

    static Trainer train(String extra) {
        Trainer t = new Trainer(DemoSpecTest.spec(SECTION_3_3.formatted(extra)));
        while (t.runEpoch()) {}
        return t;
    }

    @Test
    void trainingLossFallsWhileValidationLossTurnsUp() {
        Trainer t = train("");
        double[] loss = t.lossHistory(), valid = t.validationLossHistory();
        int best = 0;
        for (int e = 1; e < valid.length; e++) if (valid[e] < valid[best]) best = e;
        double end = valid[valid.length - 1];
        System.out.printf("§3.3: best validation %.4f at epoch %d, final %.4f; training %.4f then, %.4f at the end%n",
                valid[best], best + 1, end, loss[best], loss[loss.length - 1]);
        assertTrue(best < valid.length / 4, "the validation minimum comes early: epoch " + (best + 1));
        assertTrue(end > 5 * valid[best], "and the validation loss climbs far above it: " + valid[best] + " → " + end);
        assertTrue(loss[loss.length - 1] < 0.3 * loss[best], "while the training loss keeps falling: " + loss[best] + " → " + loss[loss.length - 1]);
    }

    @Test
    void l2AndEarlyStoppingEachKeepTheValidationLossLower() {
        double plain = last(train("").validationLossHistory());
        double l2 = last(train(", \"l2\": 0.01").validationLossHistory());
        Trainer stopped = train(", \"patience\": 50");
        System.out.printf("§3.3: final validation loss %.4f plain, %.4f with l2 0.01, %.4f with early stopping (epoch %d)%n",
                plain, l2, last(stopped.validationLossHistory()), stopped.stoppedAt());
        assertTrue(l2 < 0.3 * plain, "L2 0.01: " + l2 + " against " + plain);
        assertTrue(stopped.stoppedAt() > 50 && stopped.stoppedAt() < 400, "early stopping ends the run soon after the minimum: " + stopped.stoppedAt());
        assertTrue(last(stopped.validationLossHistory()) < 0.3 * plain, "with the validation loss near its minimum");
    }

    /** Keras's validation_split: 15 samples at 0.34 keep floor(15 × 0.66) = 9 to train, so 6 validate (not floor(15 × 0.34) = 5). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} samples, split {1}: {2} train")
    @org.junit.jupiter.params.provider.CsvSource({"15, 0.34, 9", "15, 0.33, 10", "10, 0.25, 7", "100, 0.2, 80", "7, 0.5, 3"})
    void theValidationSplitIsKeras(int samples, double split, int train) {
        Trainer t = new Trainer(DemoSpecTest.spec("{\"data\": {\"kind\": \"sine\", \"samples\": " + samples + ", \"validation\": " + split + "}}"));
        org.junit.jupiter.api.Assertions.assertEquals(train, t.targets().length);
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
