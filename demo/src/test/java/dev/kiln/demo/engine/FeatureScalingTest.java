package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The article's §3.2 step 1 demo: two features 1000× apart in scale, one learning rate. Unscaled,
 * gradient descent diverges; min-max scaling converges; z-scores converge in fewer epochs still.
 * These are the settings content/03-algorithms.md uses.
 */
class FeatureScalingTest {
    static final String SECTION_3_2 = """
            {"data": {"kind": "linear", "samples": 200, "features": 2, "weights": [2, 0.003], "bias": 1, "scales": [1, 1000],
                      "noise": 0.1, "seed": 5},
             "model": [1], "optimizer": {"name": "sgd", "lr": 0.1}, "epochs": 200, "batch": 32, "preprocess": "%s"}""";

    static Trainer train(String preprocess) {
        Trainer t = new Trainer(DemoSpecTest.spec(SECTION_3_2.formatted(preprocess)));
        while (t.runEpoch()) {}
        return t;
    }

    /** The first epoch (from 1) whose loss is under twice the noise's variance, or 0. */
    static int converged(Trainer t) {
        double[] loss = t.lossHistory();
        for (int e = 0; e < loss.length; e++) if (loss[e] < 2 * 0.1 * 0.1) return e + 1;
        return 0;
    }

    @Test
    void unscaledDivergesMinMaxConvergesZScoreFaster() {
        Trainer raw = train("none"), minmax = train("minmax"), zscore = train("zscore");
        System.out.printf("§3.2: none diverged at epoch %d; min-max under 0.02 at epoch %d; z-score at epoch %d%n",
                raw.divergedAt(), converged(minmax), converged(zscore));
        assertTrue(raw.divergedAt() > 0, "unscaled, lr 0.1 diverges");
        assertTrue(converged(minmax) > 0, "min-max converges");
        assertTrue(converged(zscore) > 0 && converged(zscore) < converged(minmax), "z-scores converge sooner");
        assertEquals(0, minmax.divergedAt());
    }
}
