package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The article's §3.2 step 2 demo at its settings (content/03-algorithms.md): in an 8-layer tanh
 * network, small uniform weights make the first layer's gradient vanish, σ = 1 Gaussian weights
 * make it explode, and Xavier/Glorot keeps every layer's gradient within 10× of the last one's.
 */
class InitializationTest {
    static final String SECTION_3_2 = """
            {"data": {"kind": "sine", "samples": 100, "noise": 0.05},
             "model": ["32 ACT", "32 ACT", "32 ACT", "32 ACT", "32 ACT", "32 ACT", "32 ACT", 1],
             "init": {"name": "INIT", "sigma": 1}, "optimizer": {"name": "sgd", "lr": 0.01}, "epochs": 300, "batch": "full"}""";

    static Trainer trained(String init, String activation) {
        Trainer t = new Trainer(DemoSpecTest.spec(SECTION_3_2.replace("INIT", init).replace("ACT", activation)));
        while (t.runEpoch()) {}
        return t;
    }

    /** How many times larger the last layer's gradient is than the first's, at the initial weights. */
    static double lastOverFirst(Trainer t) {
        double[] g = t.initialGradientNorms();
        return g[g.length - 1] / g[0];
    }

    @Test
    void smallWeightsVanishLargeOnesExplodeAndXavierKeepsTheLayersAlike() {
        Trainer small = trained("uniform", "tanh");
        Trainer large = trained("gaussian", "tanh");
        Trainer xavier = trained("glorot-uniform", "tanh");
        System.out.printf("§3.2 step 2: last/first layer gradient %.3g (uniform), %.3g (gaussian σ 1), %.3g (glorot); final loss %.4f, %.4f, %.4f%n",
                lastOverFirst(small), lastOverFirst(large), lastOverFirst(xavier), last(small), last(large), last(xavier));
        assertTrue(lastOverFirst(small) > 1000, "vanishing: layer 1's gradient is under a thousandth of the last's");
        assertTrue(lastOverFirst(large) < 0.1, "exploding: layer 1's gradient is over ten times the last's");
        assertTrue(lastOverFirst(xavier) > 0.1 && lastOverFirst(xavier) < 10, "Xavier: within 10×");
        assertTrue(last(small) > 0.4, "small weights barely learn: " + last(small));
        assertTrue(last(xavier) < 0.05, "Xavier fits the curve: " + last(xavier));
        double[] now = small.gradientNorms();
        assertTrue(now[now.length - 1] / now[0] > 10, "and 300 epochs later layer 1 is still starved");
    }

    @Test
    void heSuitsReluWhereLargeGaussianWeightsDiverge() {
        Trainer large = trained("gaussian", "relu");
        assertTrue(large.divergedAt() > 0 || last(large) > 1e6, "ReLU with σ = 1 blows up: " + last(large));
        Trainer he = trained("he", "relu");
        assertTrue(he.divergedAt() == 0 && last(he) < 0.1, "He: " + last(he));
    }

    private static double last(Trainer t) {
        double[] l = t.lossHistory();
        return l[l.length - 1];
    }
}
