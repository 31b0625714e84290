package dev.kiln.js;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Limits;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * JavaScript libraries (KaTeX, highlight.js) run inside the JVM with GraalJS. Nothing starts until
 * the first call, so a build whose results all come from the cache never pays the start-up. One
 * GraalJS engine is shared, so each script is parsed once.
 *
 * <p>A context serves one thread at a time and costs a second or two to load its scripts in the
 * interpreter, so contexts are pooled: the first call starts one, and a further one starts only
 * when every context is busy and enough calls have been made for the extra start-up to pay off.
 * A small site then never loads KaTeX twice; a site with thousands of formulas uses every core.
 */
public final class JsRuntime implements AutoCloseable {
    /** Calls after which a busy pool may grow; below it, waiting is cheaper than a new context. */
    private static final long GROW_AFTER_CALLS = 200;
    private static volatile Engine sharedEngine;

    private final List<String> resources;
    private final int maxContexts;
    private final BlockingQueue<Context> idle = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Context> opened = new ConcurrentLinkedQueue<>();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();
    private ScheduledExecutorService watchdog;

    /**
     * @param resources classpath resources evaluated in order in every new context; the last one
     *                  usually defines the functions Kiln calls
     */
    public JsRuntime(List<String> resources) {
        this.resources = List.copyOf(resources);
        this.maxContexts = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A call that ran past its time budget and was cancelled. */
    public static final class TimeoutException extends RuntimeException {
        TimeoutException(Duration budget) {
            super("took longer than " + Limits.describe(budget));
        }
    }

    /**
     * Calls the global function {@code name} with {@code args} and converts its result while the
     * context is held. Past {@code budget} the context is cancelled (and dropped from the pool),
     * so no input can hold a build thread without end.
     *
     * @throws TimeoutException if the call ran past its budget
     */
    public <T> T call(String name, Duration budget, Function<Value, T> convert, Object... args) {
        Context context = borrow();
        ScheduledFuture<?> timer = watchdog().schedule(() -> context.close(true), budget.toMillis(), TimeUnit.MILLISECONDS);
        boolean cancelled = false;
        try {
            Value fn = context.getBindings("js").getMember(name);
            if (fn == null || !fn.canExecute()) throw new IllegalStateException("no JavaScript function " + name);
            return convert.apply(fn.execute(args));
        } catch (PolyglotException e) {
            cancelled = e.isCancelled();
            if (cancelled) throw new TimeoutException(budget);
            throw e;
        } finally {
            boolean fired = !timer.cancel(false);
            if (cancelled || fired) {
                opened.remove(context);
                started.decrementAndGet();
            } else {
                idle.add(context);
            }
        }
    }

    /** This runtime's timer for time budgets: started with the first call, stopped by {@link #close()}. */
    private ScheduledExecutorService watchdog() {
        synchronized (idle) {
            if (watchdog == null) {
                ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "kiln-js-watchdog");
                    t.setDaemon(true);
                    return t;
                });
                timer.setRemoveOnCancelPolicy(true); // a finished call's timer (and its context) goes at once
                watchdog = timer;
            }
            return watchdog;
        }
    }

    private Context borrow() {
        long n = calls.incrementAndGet();
        Context context = idle.poll();
        if (context != null) return context;
        int count = started.get();
        if ((count == 0 || (n > GROW_AFTER_CALLS && count < maxContexts)) && started.compareAndSet(count, count + 1)) {
            try {
                return open();
            } catch (RuntimeException | Error e) {
                started.decrementAndGet(); // let the next caller try again rather than wait for a context that never came
                throw e;
            }
        }
        try {
            while (true) {
                // Waits in short steps: a context cancelled at its time budget is dropped, not
                // returned, and when it was the only one a waiting thread starts the next.
                Context waited = idle.poll(100, TimeUnit.MILLISECONDS);
                if (waited != null) return waited;
                if (started.get() == 0 && started.compareAndSet(0, 1)) {
                    try {
                        return open();
                    } catch (RuntimeException | Error e) {
                        started.decrementAndGet();
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a JavaScript context", e);
        }
    }

    /** Starts a context. Even GraalJS's classes load only here, so a fully cached build skips them. */
    private Context open() {
        Context context = Context.newBuilder("js").engine(engine()).allowAllAccess(false).build();
        try {
            for (String resource : resources) context.eval(source(resource));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        opened.add(context);
        return context;
    }

    private static Engine engine() {
        Engine engine = sharedEngine;
        if (engine == null) {
            synchronized (JsRuntime.class) {
                engine = sharedEngine;
                if (engine == null) {
                    // Stock JDKs run GraalJS in its interpreter; that is expected, not worth a warning.
                    try {
                        engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
                    } catch (LinkageError e) {
                        throw wrongJdk(e);
                    }
                    sharedEngine = engine;
                }
            }
        }
        return engine;
    }

    /**
     * GraalJS 23.1 (which Kiln bundles when built on JDK 17 to 21) calls {@code sun.misc.Unsafe}
     * methods that JDK 22 removed, and GraalJS 25 needs JDK 21: a jar runs only on the JDK line
     * it was built on. Said plainly, rather than as a stack trace from inside the engine.
     */
    static BuildFailedException wrongJdk(LinkageError e) {
        String jar = JsRuntime.class.getProtectionDomain().getCodeSource() == null ? "kiln.jar"
                : JsRuntime.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return new BuildFailedException(Problem.inFile(java.nio.file.Path.of(jar),
                "this Kiln was built for another Java version than the one running it (Java " + Runtime.version().feature()
                        + "), so its JavaScript engine (for formulas, code and diagrams) cannot start",
                "run ./kiln, which rebuilds the jar for the JDK it runs on, or rebuild it yourself with that JDK (`mvn package` with JAVA_HOME set to it)"));
    }

    private static Source source(String resource) {
        try (InputStream in = JsRuntime.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing classpath resource " + resource);
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), name).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Contexts free right now (for tests). */
    int idleContexts() {
        return idle.size();
    }

    /** Closes every context this runtime opened; call once no thread uses it any more. */
    @Override
    public void close() {
        for (Context context = opened.poll(); context != null; context = opened.poll()) {
            try {
                context.close(true); // a call still running (a server stopping mid-build) is cancelled
            } catch (RuntimeException e) {
                // closing one context must not leave the others, or the watchdog, open
            }
        }
        idle.clear();
        synchronized (idle) {
            if (watchdog != null) watchdog.shutdownNow();
            watchdog = null;
        }
    }
}
