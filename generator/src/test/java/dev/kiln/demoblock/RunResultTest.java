package dev.kiln.demoblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.demo.engine.DemoSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Build-time training stops at its time budget instead of holding the build for hours. */
class RunResultTest {
    @Test
    void aRunPastItsBudgetStopsWithAMessage() {
        DemoSpec big = DemoSpec.from(Map.of("data", Map.of("kind", "uniform", "samples", 2000.0, "features", 2.0),
                "model", List.of("64 tanh", "64 tanh", 1.0), "epochs", 100000.0));
        RunResult.TooLong e = assertThrows(RunResult.TooLong.class, () -> RunResult.train(big, Duration.ofMillis(200)));
        assertTrue(e.getMessage().startsWith("training this demo at build time took longer than 200 ms"), e.getMessage());
        DemoSpec small = DemoSpec.from(Map.of("model", List.of(1.0), "epochs", 20.0));
        assertEquals(20, RunResult.train(small, Duration.ofSeconds(30)).epochs(), "a small run is untouched");
    }

    /** A diverged run reads back from the cache as it was made, so a page is the same whether its demo was cached or not. */
    @Test
    void aDivergedRunIsTheSameFreshAndFromTheCache() {
        DemoSpec diverging = DemoSpec.from(Map.of("data", Map.of("kind", "linear", "samples", 50.0, "features", 1.0, "scales", List.of(1000.0)),
                "model", List.of(1.0), "optimizer", Map.of("name", "sgd", "lr", 1.0), "epochs", 50.0));
        RunResult fresh = RunResult.train(diverging, Duration.ofSeconds(30));
        assertTrue(fresh.divergedAt() > 0, "this run diverges");
        RunResult cached = RunResult.fromJson(fresh.toJson());
        assertTrue(java.util.Arrays.equals(fresh.loss(), cached.loss()), "losses");
        assertTrue(java.util.Arrays.equals(fresh.predictions(), cached.predictions()), "predictions");
        assertTrue(java.util.Arrays.deepEquals(fresh.weights(), cached.weights()), "weights");
        assertEquals(fresh.toJson(), cached.toJson());
    }
}
