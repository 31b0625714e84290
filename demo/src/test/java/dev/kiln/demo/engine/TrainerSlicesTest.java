package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page that cannot fit one epoch into a frame trains in budgets of samples that end mid-batch
 * and mid-epoch, and between calls it reads the model (predictions, and the gradient check, which
 * computes gradients of its own). Wherever the budgets fall, every number must be the one whole
 * epochs give: the losses, validation losses, metrics, weights, gradient norms and update count,
 * bit for bit.
 */
class TrainerSlicesTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // the article's example: batches of 32 over 100 samples, a metric
        "{\"data\": {\"kind\": \"uniform\", \"samples\": 100, \"features\": 2}, \"metrics\": [\"mae\"], \"optimizer\": {\"name\": \"adam\", \"lr\": 0.1}, \"epochs\": 30, \"batch\": 32}",
        // full batch, a validation split, L2 and early stopping
        "{\"data\": {\"kind\": \"sine\", \"samples\": 15, \"noise\": 0.25, \"seed\": 4, \"validation\": 0.33}, \"model\": [\"16 tanh\", 1],"
            + " \"optimizer\": {\"name\": \"adam\", \"lr\": 0.05}, \"epochs\": 400, \"batch\": \"full\", \"l2\": 0.001, \"patience\": 20}",
        // SGD with momentum, batch 1, ReLU
        "{\"data\": {\"kind\": \"sine\", \"samples\": 40, \"seed\": 3}, \"model\": [\"8 relu\", 1], \"optimizer\": {\"name\": \"sgd\", \"lr\": 0.01, \"momentum\": 0.9},"
            + " \"epochs\": 20, \"batch\": 1}"
    })
    void budgetsThatEndMidEpochChangeNoNumber(String json) {
        Trainer whole = new Trainer(DemoSpecTest.spec(json));
        while (whole.runEpoch()) {}
        Trainer sliced = new Trainer(DemoSpecTest.spec(json));
        Rng budgets = new Rng(11);
        int ended = 0;
        for (int call = 0; !sliced.done(); call++) {
            // budgets of 1 to 37 samples, and now and then a whole epoch, so both kinds of call interleave
            if (call % 7 == 6) ended += sliced.runEpoch() || sliced.done() ? 1 : 0;
            else ended += sliced.train(Integer.MAX_VALUE, 1 + (int) (budgets.next() * 37));
            if (call % 5 == 0) {
                sliced.predictions();
                sliced.gradientCheck();
            }
        }
        assertEquals(whole.epoch(), sliced.epoch());
        assertEquals(whole.epoch(), ended, "every epoch is reported as ended exactly once");
        assertEquals(whole.updates(), sliced.updates());
        assertEquals(whole.stoppedAt(), sliced.stoppedAt());
        assertArrayEquals(whole.lossHistory(), sliced.lossHistory());
        assertArrayEquals(whole.validationLossHistory(), sliced.validationLossHistory());
        for (int m = 0; m < whole.spec().metrics.length; m++) assertArrayEquals(whole.metricHistory(m), sliced.metricHistory(m));
        assertArrayEquals(whole.gradientNorms(), sliced.gradientNorms());
        assertArrayEquals(whole.initialGradientNorms(), sliced.initialGradientNorms());
        double[][] a = whole.model().weights(), b = sliced.model().weights();
        for (int l = 0; l < a.length; l++) assertArrayEquals(a[l], b[l]);
    }
}
