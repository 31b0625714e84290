package dev.kiln.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds sharing a cache folder take turns, whether they run in one process (a server) or in two. */
class CacheLockTest {
    @TempDir
    Path cache;

    @Test
    void aSecondBuildInTheSameProcessWaitsAndSaysSo() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        CompletableFuture<Boolean> second;
        Path marker = cache.resolve("first-done");
        try (CacheLock first = CacheLock.hold(cache, () -> { throw new AssertionError("nobody holds it yet"); })) {
            second = CompletableFuture.supplyAsync(() -> {
                try (CacheLock lock = CacheLock.hold(cache, told::countDown)) {
                    return Files.exists(marker);
                }
            });
            assertTrue(told.await(30, TimeUnit.SECONDS), "the second build says it waits");
            Files.writeString(marker, "");
        }
        assertTrue(second.get(30, TimeUnit.SECONDS), "the second build went on only after the first let go");
    }

    @Test
    void aBuildWaitsForAnotherProcessHoldingTheCache() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldCacheLock.class.getName(), cache.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), "the other process took the lock");
            CountDownLatch told = new CountDownLatch(1);
            CompletableFuture<Boolean> mine = CompletableFuture.supplyAsync(() -> {
                try (CacheLock lock = CacheLock.hold(cache, told::countDown)) {
                    return Files.exists(cache.resolve(HoldCacheLock.RELEASING));
                }
            });
            assertTrue(told.await(30, TimeUnit.SECONDS), "this build says it waits for the other");
            holder.getOutputStream().close(); // the holder lets go
            assertTrue(mine.get(60, TimeUnit.SECONDS), "this build went on only after the other let go");
            assertEquals(0, holder.waitFor());
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aCacheThatCannotHoldALockFileDoesNotStopTheBuild() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "");
        try (CacheLock lock = CacheLock.hold(file, () -> { throw new AssertionError("nothing to wait for"); })) {
            assertTrue(Files.isRegularFile(file));
        }
    }

    /** Another process's build: holds the lock until its standard input closes. */
    public static final class HoldCacheLock {
        static final String RELEASING = "holder-releasing";

        public static void main(String[] args) throws IOException {
            Path cache = Path.of(args[0]);
            try (CacheLock lock = CacheLock.hold(cache, () -> { throw new AssertionError("nobody else holds it"); })) {
                System.out.println("held");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // until the test closes our input
                }
                Files.writeString(cache.resolve(RELEASING), "");
            }
        }
    }
}
