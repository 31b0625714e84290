package dev.kiln.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    private static final int CALLERS = 8;
    private static final String KEY = DiskCache.key("katex", "x");

    @TempDir
    Path dir;

    /** Callers on other threads, all parked (waiting for the first render, or rendering themselves) before it finishes. */
    private static List<FutureTask<String>> callersParked(DiskCache cache, Supplier<String> render) throws InterruptedException {
        List<FutureTask<String>> calls = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            FutureTask<String> call = new FutureTask<>(() -> cache.through(KEY, s -> s, render, s -> s));
            calls.add(call);
            Thread t = new Thread(call);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TERMINATED) Thread.onSpinWait();
        }
        return calls;
    }

    @Test
    void pagesAskingForTheSameFormulaAtOnceRenderItOnce() throws Exception {
        DiskCache cache = new DiskCache(dir);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger renders = new AtomicInteger();
        List<FutureTask<String>> calls = callersParked(cache, () -> {
            renders.incrementAndGet();
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "<span>x</span>";
        });
        go.countDown();
        for (FutureTask<String> call : calls) assertEquals("<span>x</span>", call.get());
        assertEquals(1, renders.get(), "one render, shared by every caller");
        assertEquals("<span>x</span>", new DiskCache(dir).get(KEY).orElseThrow(), "and written to disk for the next build");
    }

    @Test
    void aRenderThatFailsFailsEveryCallerWaitingForIt() throws Exception {
        DiskCache cache = new DiskCache(null);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger renders = new AtomicInteger();
        List<FutureTask<String>> calls = callersParked(cache, () -> {
            renders.incrementAndGet();
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalArgumentException("over budget");
        });
        go.countDown();
        for (FutureTask<String> call : calls) {
            ExecutionException e = assertThrows(ExecutionException.class, call::get);
            assertEquals("over budget", e.getCause().getMessage());
        }
        assertEquals(1, renders.get());
    }

    @Test
    void anErrorIsNotCachedSoEachCallerReportsItsOwn() {
        DiskCache cache = new DiskCache(dir);
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            String result = cache.through(KEY, s -> s, () -> "error " + renders.incrementAndGet(), s -> null);
            assertEquals("error " + (i + 1), result);
        }
        assertEquals(3, renders.get());
        assertEquals(java.util.Optional.empty(), new DiskCache(dir).get(KEY));
    }
}
