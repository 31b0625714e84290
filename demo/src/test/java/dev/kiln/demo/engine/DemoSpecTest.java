package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demo settings: what they mean, what is refused and with which message, and the JSON round trip. */
class DemoSpecTest {
    @SuppressWarnings("unchecked")
    static DemoSpec spec(String json) {
        return DemoSpec.from((Map<String, Object>) Json.parse(json, Double::parseDouble));
    }

    @Test
    void theArticlesDemoReadsAsKerasWould() {
        DemoSpec s = spec("""
                {"title": "线性回归", "data": {"kind": "uniform", "samples": 100, "features": 2, "seed": 42},
                 "model": [1], "loss": "mse", "metrics": ["mae"], "optimizer": {"name": "adam", "lr": 0.1},
                 "epochs": 1000, "batch": 32, "controls": ["lr", "epochs", "optimizer", "batch", "seed"]}""");
        assertEquals(2, s.features);
        assertArrayEquals(new int[] {1}, s.units);
        assertEquals(Activation.LINEAR, s.activations[0]);
        assertEquals(0.1, s.lr, 0.0);
        assertEquals(1e-7, s.epsilon, 0.0);
        assertEquals(Loss.MAE, s.metrics[0]);
        assertEquals(1, s.initSeed);
        assertEquals(7, s.shuffleSeed);
    }

    @Test
    void mlpLayersFullBatchAndTheJsonRoundTrip() {
        DemoSpec s = spec("""
                {"data": {"kind": "sine", "samples": 256, "noise": 0.1}, "model": ["32 tanh", "32 tanh", 1],
                 "optimizer": {"name": "adam", "lr": 0.01}, "epochs": 2000, "batch": "full", "init": {"name": "he", "seed": 3},
                 "preprocess": "zscore", "l2": 0.001}""");
        assertArrayEquals(new int[] {32, 32, 1}, s.units);
        assertEquals(Activation.TANH, s.activations[1]);
        assertEquals(0, s.batch);
        assertEquals(Initializer.HE, s.init);
        DemoSpec again = spec(s.toJson());
        assertEquals(s.toJson(), again.toJson(), "what the page reads back is the same spec");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"optimizer\": {\"name\": \"adam\", \"lr\": 0}}|optimizer.lr|must be greater than 0",
            "{\"optimizer\": {\"name\": \"adam\", \"lr\": -1}}|optimizer.lr|must be greater than 0",
            "{\"epochs\": 100001}|epochs|must be from 1 to 100000",
            "{\"batch\": 0}|batch|must be from 1 to",
            "{\"model\": [\"32 swish\", 1]}|model[0]|unknown activation `swish`: use linear, relu, sigmoid or tanh",
            "{\"model\": [0]}|model[0]|a layer has 1 to 256 units; got 0",
            "{\"model\": [\"8 tanh\", 2]}|model[1]|the last layer must have 1 unit",
            "{\"epoch\": 10}|epoch|unknown key `epoch`: allowed here are title, data, model",
            "{\"data\": {\"kind\": \"spiral\"}}|data.kind|unknown value `spiral`: use uniform, linear, sine, points",
            "{\"data\": {\"sample\": 10}}|data.sample|unknown key `sample`",
            "{\"loss\": \"hinge\"}|loss|unknown loss `hinge`: use mse or mae",
            "{\"metrics\": [\"accuracy\"]}|metrics[0]|unknown metric `accuracy`",
            "{\"controls\": [\"speed\"]}|controls[0]|unknown control `speed`: use lr, epochs",
            "{\"optimizer\": \"rmsprop\"}|optimizer|unknown value `rmsprop`: use adam, sgd",
            "{\"epochs\": 2.5}|epochs|expected a whole number",
            "{\"data\": {\"kind\": \"linear\", \"weights\": [1, 2], \"scales\": [1]}}|data.scales|give one scale per feature (2)",
            "{\"data\": {\"samples\": 10000}, \"model\": [\"256 tanh\", \"256 tanh\", 1]}|model|too large for a live demo: 10000 samples × 66561 parameters",
            "{\"panel\": \"weights\"}|panel|unknown value `weights`: use fit, gradients, check",
            "{\"controls\": [\"activation\"]}|controls[0]|give the model a hidden layer",
            "{\"model\": [\"128 relu\", 1], \"panel\": \"check\"}|panel|keep samples × parameters² under 2.5 million (100 × 385²)"})
    void badSettingsNameTheKeyAndWhatIsAllowed(String json, String path, String message) {
        SpecException e = assertThrows(SpecException.class, () -> spec(json));
        assertEquals(path, e.path());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aDivergingRunStopsAndSaysWhen() {
        DemoSpec s = Reference.articleSpec();
        s.optimizer = "sgd";
        s.lr = 1e6;
        Trainer t = new Trainer(s);
        while (t.runEpoch()) { }
        assertTrue(t.divergedAt() > 0 && t.divergedAt() < 100, "diverged at " + t.divergedAt());
        assertEquals(t.divergedAt(), t.lossHistory().length);
        assertTrue(t.done());
    }
}
