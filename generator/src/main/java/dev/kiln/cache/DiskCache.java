package dev.kiln.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import net.openhft.hashing.LongTupleHashFunction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A content-addressed cache of rendered fragments (formula HTML, highlighted code), kept on disk
 * between builds and in memory within one. The key is a hash of everything that determines the
 * output: the renderer and its version, its options, and the input. A cache that cannot be
 * written (read-only checkout) only costs speed, never correctness.
 */
public final class DiskCache {
    private final BlobStore disk;
    private final Map<String, String> memory = new ConcurrentHashMap<>();
    /** Renders under way, so that pages on other threads wait for one instead of rendering the same input again. */
    private final Map<String, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

    /** @param dir the cache folder for one kind of fragment, or null to keep results in memory only */
    public DiskCache(Path dir) {
        this.disk = dir == null ? null : new BlobStore(dir);
    }

    private static final LongTupleHashFunction XX128 = LongTupleHashFunction.xx128();

    /**
     * A cache key for everything {@code parts} says, in order: 32 hex digits of xxHash128 over
     * each part's hash and length. Not SHA-256: under the C1 compiler that {@code ./kiln} runs
     * with, SHA-256 has no intrinsic and hashed 112 MB/s against xxHash's 2.3 GB/s, and a build
     * keys every page's whole source. The cache is the author's own: there is no adversary to
     * collide keys, and 128 bits leave chance collisions out of reach.
     */
    public static String key(String... parts) {
        long[] each = new long[parts.length * 3];
        for (int i = 0; i < parts.length; i++) {
            long[] h = XX128.hashChars(parts[i]);
            each[3 * i] = h[0];
            each[3 * i + 1] = h[1];
            each[3 * i + 2] = parts[i].length();
        }
        long[] key = XX128.hashLongs(each);
        return HexFormat.of().toHexDigits(key[0]) + HexFormat.of().toHexDigits(key[1]);
    }

    public Optional<String> get(String key) {
        String hit = memory.get(key);
        if (hit != null || disk == null) return Optional.ofNullable(hit);
        byte[] stored = disk.read(key);
        if (stored == null) return Optional.empty();
        disk.touch(key); // used: the pruning of fragments unused for a month spares it
        String value = new String(stored, StandardCharsets.UTF_8);
        memory.put(key, value);
        return Optional.of(value);
    }

    /**
     * The cached result for {@code key}, or {@code render}'s, stored as {@code stored} makes it.
     * Single flight: while one thread renders a key, the others asking for it wait and take its
     * result, or the exception it threw. A result that {@code stored} turns into null (an error
     * message) is not cached; each caller then renders its own, so every page reports its error.
     *
     * @param fromCache turns a cached string back into a result
     */
    public <R> R through(String key, Function<String, R> fromCache, Supplier<R> render, Function<R, String> stored) {
        String hit = get(key).orElse(null);
        if (hit != null) return fromCache.apply(hit);
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            String shared;
            try {
                shared = theirs.join();
            } catch (java.util.concurrent.CompletionException e) {
                // the same input fails the same way (a demo over its time budget): report it, do not retry it
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw e;
            }
            if (shared != null) return fromCache.apply(shared);
            return render.get();
        }
        try {
            String done = memory.get(key); // finished between our look and our claim
            if (done != null) {
                mine.complete(done);
                return fromCache.apply(done);
            }
            R result = render.get();
            String value = stored.apply(result);
            if (value != null) put(key, value);
            mine.complete(value);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    public void put(String key, String value) {
        memory.put(key, value);
        if (disk != null) disk.write(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
