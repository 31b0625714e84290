package dev.kiln.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** A call past its time budget is cancelled, its context dropped, and the next call gets a fresh one. */
class JsRuntimeTest {
    @Test
    void aCallPastItsBudgetIsCancelledAndTheRuntimeGoesOn() {
        try (JsRuntime js = new JsRuntime(List.of("kiln/js/test-spin.js"))) {
            long start = System.nanoTime();
            JsRuntime.TimeoutException e = assertThrows(JsRuntime.TimeoutException.class,
                    () -> js.call("spin", Duration.ofMillis(50), Value::asInt, 60_000));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 30_000, "cancelled long before the call's 60 s");
            assertEquals("took longer than 50 ms", e.getMessage());
            assertEquals(2, js.call("quick", Duration.ofSeconds(60), Value::asInt), "a fresh context serves the next call");
        }
    }
}
