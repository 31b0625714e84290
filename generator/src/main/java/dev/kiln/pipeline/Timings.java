package dev.kiln.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time of each build step, in the order they ran, for the build summary and the benchmark. */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    void time(String step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    /** Adds time measured outside {@link #time}. */
    void add(String step, long stepNanos) {
        nanos.merge(step, stepNanos, Long::sum);
    }

    /** {@code load 12 ms, parse 80 ms, …} */
    public String summary() {
        StringBuilder out = new StringBuilder();
        nanos.forEach((step, n) -> out.append(out.length() == 0 ? "" : ", ").append(step).append(' ')
                .append(n / 1_000_000).append(" ms"));
        return out.toString();
    }
}
