package dev.kiln.serve;

import dev.kiln.pipeline.BuildMemo;
import dev.kiln.pipeline.BuildOptions;
import dev.kiln.pipeline.BuildResult;
import dev.kiln.pipeline.SiteBuilder;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.serve.http.HttpServer;
import dev.kiln.write.MemorySite;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code kiln serve}: builds the site into memory, serves it over HTTP ({@link HttpServer}),
 * watches its sources, and rebuilds what an edit affects (through {@link BuildMemo}) on one
 * background thread. A good build is swapped in whole and open pages reload; a broken one leaves
 * the last good build in place and shows its problems in the pages.
 *
 * <p>Kiln's own small server was chosen over Jetty or Undertow: it starts in milliseconds, adds
 * nothing to the jar, and a local preview needs neither HTTP/2 nor servlets.
 */
public final class DevServer implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** How long a request head may take to arrive, and a client may stall reading an answer. */
    static final java.time.Duration REQUEST_TIME = java.time.Duration.ofSeconds(10);

    private final BuildOptions options;
    private final boolean verbose;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildMemo memo = new BuildMemo();
    private final LiveReload live = new LiveReload();
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final Object swapped = new Object();
    private final AtomicInteger generations = new AtomicInteger();
    private final LinkedBlockingQueue<Set<Path>> pending = new LinkedBlockingQueue<>();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(daemon("kiln-rebuild"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("kiln-heartbeat"));
    private HttpServer server;
    private SiteWatcher watcher;

    public DevServer(BuildOptions options, PrintWriter out, PrintWriter err) {
        this(options, false, out, err);
    }

    /** @param verbose also print the time of each build step */
    public DevServer(BuildOptions options, boolean verbose, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.verbose = verbose;
        this.out = out;
        this.err = err;
    }

    /** Builds once, then serves on {@code host:port} (port 0: any free port) and watches for changes. */
    public void start(String host, int port) throws IOException {
        long t0 = System.nanoTime();
        rebuild(Set.of(), true);
        server = new HttpServer(new InetSocketAddress(host, port), new SiteHandler(current::get, live, host), REQUEST_TIME);
        watcher = new SiteWatcher(List.of(options.content(), options.templates()), Set.of(options.config()), this::changed);
        heartbeat.scheduleAtFixedRate(live::heartbeat, 5, 5, TimeUnit.SECONDS);
        out.printf("Serving %s at %s (started in %d ms; Ctrl-C stops)%n", options.content(), address(),
                (System.nanoTime() - t0) / 1_000_000);
        out.flush();
    }

    public URI address() {
        InetSocketAddress at = server.address();
        String host = at.getAddress().isAnyLocalAddress() ? "127.0.0.1" : at.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + at.getPort() + "/");
    }

    /** The generation being served: for tests, and for the load check. */
    MemorySite site() {
        return current.get().site();
    }

    public long generation() {
        return current.get().number;
    }

    /** Swaps in a generation and wakes whoever waits for one. */
    private void publish(Generation next) {
        synchronized (swapped) {
            current.set(next);
            swapped.notifyAll();
        }
    }

    /**
     * Waits until a generation newer than {@code generation} is served, or {@code timeout} passes,
     * and returns the one served then: for tests and tools that must see an edit's rebuild.
     */
    public long awaitNewerThan(long generation, java.time.Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (swapped) {
            long left;
            while (generation() <= generation && (left = end - System.nanoTime()) > 0) TimeUnit.NANOSECONDS.timedWait(swapped, left);
            return generation();
        }
    }

    /** Called by the watcher; bursts that pile up while a build runs are merged into one rebuild. */
    private void changed(Set<Path> paths) {
        pending.add(paths);
        memo.supersede(); // a build under way stops at its next page; this one starts after it
        rebuilder.execute(() -> {
            Set<Path> all = new java.util.LinkedHashSet<>();
            Set<Path> next;
            while ((next = pending.poll()) != null) all.addAll(next);
            if (!all.isEmpty()) rebuild(all, false);
        });
    }

    private void rebuild(Set<Path> changed, boolean first) {
        long t0 = System.nanoTime();
        MemorySite site = new MemorySite();
        try {
            memo.startBuild();
            memo.changed(first ? null : changed);
            BuildResult result = new SiteBuilder().build(options, memo, site);
            Generation next = new Generation(generations.incrementAndGet(), site);
            publish(next);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int[] work = memo.lastWork();
            // an editor's temporary files come and go within the burst; what is left is what changed
            List<Path> real = changed.stream().filter(java.nio.file.Files::isRegularFile).toList(); // a new folder is no change to a page
            boolean cssOnly = !first && !real.isEmpty() && real.stream().allMatch(p -> p.toString().endsWith(".css"));
            live.reload(next.number, cssOnly);
            for (Problem w : result.warnings()) if (first) err.println(Problems.asWarning(w));
            if (verbose) out.println("  " + result.timings().summary());
            out.printf("%s %s: %d pages, %d parsed, %d laid out, %d ms%s%n", LocalTime.now().format(CLOCK),
                    first ? "built" : describe(changed), result.pages(), work[0], work[1], ms, cssOnly ? " (stylesheet swapped)" : "");
        } catch (BuildFailedException e) {
            List<Problem> problems = e.problems();
            if (current.get() == null) publish(new Generation(generations.incrementAndGet(), placeholder()));
            live.problems(problems);
            out.printf("%s %s: build failed with %d problem%s; still serving the last good build%n", LocalTime.now().format(CLOCK),
                    first ? "first build" : describe(changed), e.total(), e.total() == 1 ? "" : "s");
            Problems.print(e, err);
        } catch (java.util.concurrent.CancellationException e) {
            pending.add(changed); // the newer build, queued behind this one, takes these changes too
            if (verbose) out.printf("%s %s: superseded by a newer change%n", LocalTime.now().format(CLOCK), describe(changed));
        } catch (RuntimeException | StackOverflowError e) {
            if (current.get() == null) publish(new Generation(generations.incrementAndGet(), placeholder()));
            live.problems(List.of(Problem.inFile(null, "internal error: " + e, "please report it")));
            err.println("internal error during the build: " + e);
        }
        out.flush();
        err.flush();
    }

    /** What is served before the first good build: a page that waits for one. */
    private static MemorySite placeholder() {
        MemorySite site = new MemorySite();
        site.write("index.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kiln: build failed</title></head>"
                + "<body><h1>The site could not be built</h1><p>Fix the problems shown below; this page reloads when the build succeeds.</p></body></html>");
        return site;
    }

    /** "content/a.md and content/b.md changed": up to three names, files that still exist first (an editor's temporary files do not). */
    static String describe(Set<Path> changed) {
        List<Path> files = changed.stream().filter(java.nio.file.Files::isRegularFile).toList();
        List<Path> shown = files.isEmpty() ? List.copyOf(changed) : files;
        Path root = Path.of("").toAbsolutePath();
        List<String> names = shown.stream().limit(3)
                .map(p -> p.isAbsolute() && p.startsWith(root) ? root.relativize(p).toString() : p.toString()).toList();
        int more = shown.size() - names.size();
        String list = more > 0 ? String.join(", ", names) + " and " + more + " more"
                : names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return list + (files.isEmpty() ? " deleted" : " changed");
    }

    /** Stops watching and serving, closes open event streams, and ends every thread it started. */
    @Override
    public void close() {
        try {
            if (watcher != null) watcher.close();
        } catch (IOException ignored) {
            // already closed
        }
        live.closeAll();
        if (server != null) server.close();
        heartbeat.shutdownNow();
        rebuilder.shutdownNow();
        try {
            rebuilder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        memo.close();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
