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
}
