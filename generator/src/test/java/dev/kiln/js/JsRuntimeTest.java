package dev.kiln.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** A call past its time budget is cancelled, its context dropped, and the next call gets a fresh one. */
class JsRuntimeTest {
    @Test
    void aCallPastItsBudgetIsCancelledAndTheRuntimeGoesOn() {
        try (JsRuntime js = new JsRuntime(List.of("kiln/js/test-spin.js"))) {
            // spin would run for 60 s; the exception is the proof it was cancelled, no clock needed
            JsRuntime.TimeoutException e = assertThrows(JsRuntime.TimeoutException.class,
                    () -> js.call("spin", Duration.ofMillis(50), Value::asInt, 60_000));
            assertEquals("took longer than 50 ms", e.getMessage());
            assertEquals(2, js.call("quick", Duration.ofSeconds(60), Value::asInt), "a fresh context serves the next call");
        }
    }

    /** A thread waiting for the only context when that context is cancelled starts a new one instead of waiting for ever. */
    @Test
    void aThreadWaitingForACancelledContextIsNotLeftWaiting() throws Exception {
        try (JsRuntime js = new JsRuntime(List.of("kiln/js/test-spin.js"))) {
            js.call("quick", Duration.ofSeconds(60), Value::asInt); // one context, now idle
            java.util.concurrent.CompletableFuture<Integer> waiter = new java.util.concurrent.CompletableFuture<>();
            Thread slow = new Thread(() -> {
                try {
                    js.call("spin", Duration.ofMillis(300), Value::asInt, 60_000);
                } catch (JsRuntime.TimeoutException expected) {
                    // the point of this thread
                }
            });
            slow.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (js.idleContexts() > 0 && System.nanoTime() < deadline) Thread.onSpinWait(); // until the slow call holds it
            assertEquals(0, js.idleContexts());
            Thread second = new Thread(() -> waiter.complete(js.call("quick", Duration.ofSeconds(60), Value::asInt)));
            second.start();
            assertEquals(2, waiter.get(60, java.util.concurrent.TimeUnit.SECONDS));
            slow.join();
        }
    }
}
