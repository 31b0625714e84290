package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A linear model's inline training step gives the general path's numbers, bit for bit. */
class LinearPathTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // the article's example
        "{\"data\": {\"kind\": \"uniform\", \"samples\": 100, \"features\": 2}, \"metrics\": [\"mae\"], \"optimizer\": {\"name\": \"adam\", \"lr\": 0.1}, \"epochs\": 200, \"batch\": 32}",
        // scaled features, full batch, a validation split and L2
        "{\"data\": {\"kind\": \"linear\", \"samples\": 60, \"weights\": [2, -3], \"bias\": 1, \"scales\": [1, 1000], \"noise\": 0.1, \"validation\": 0.2},"
            + " \"preprocess\": \"zscore\", \"optimizer\": {\"name\": \"adam\", \"lr\": 0.05}, \"epochs\": 150, \"batch\": \"full\", \"l2\": 0.001}",
        // SGD with momentum at batch 1, MAE loss
        "{\"data\": {\"kind\": \"uniform\", \"samples\": 30, \"features\": 3}, \"loss\": \"mae\", \"optimizer\": {\"name\": \"sgd\", \"lr\": 0.01, \"momentum\": 0.9},"
            + " \"epochs\": 40, \"batch\": 1}"
    })
    void theInlineStepIsTheGeneralStep(String json) {
        Trainer inline = new Trainer(DemoSpecTest.spec(json), true), general = new Trainer(DemoSpecTest.spec(json), false);
        while (inline.runEpoch()) {}
        while (general.runEpoch()) {}
        assertArrayEquals(general.lossHistory(), inline.lossHistory());
        assertArrayEquals(general.validationLossHistory(), inline.validationLossHistory());
        for (int m = 0; m < general.spec().metrics.length; m++) assertArrayEquals(general.metricHistory(m), inline.metricHistory(m));
        assertArrayEquals(general.model().weights()[0], inline.model().weights()[0]);
        assertArrayEquals(general.gradientNorms(), inline.gradientNorms());
    }
}
