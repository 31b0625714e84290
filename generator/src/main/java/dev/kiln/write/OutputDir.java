package dev.kiln.write;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The write stage's target. A build writes into a fresh staging folder beside the output folder
 * and only {@link #commit()} puts it in place, by renaming: a failed build leaves the published
 * site exactly as it was. The output folder must be empty or hold exactly what the previous build
 * listed in its {@link Manifest}; anything else in it is the author's, so the build refuses to
 * start rather than delete it. On SIGTERM or Ctrl-C a shutdown hook removes the staging folder;
 * after a harder kill the next build does ({@link Staging}).
 */
public final class OutputDir implements SiteOutput, AutoCloseable {
    public static final String MARKER = Manifest.NAME;
    private static final int FOREIGN_SHOWN = 5;

    private final Path out;
    private final Path target;
    private final Path staging;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private final Thread onShutdown = new Thread(this::discard, "kiln-discard-staging");
    private final List<String> warnings = new ArrayList<>();
    /** Writes under way: the shutdown hook waits for them, so none recreates the folder it deletes. */
    private final AtomicInteger writing = new AtomicInteger();
    private volatile boolean discarded;
    private boolean committed;
    /** The check that the output folder holds only what the last build wrote: walking 15,000 files runs while the build loads its sources. */
    private CompletableFuture<Void> check = CompletableFuture.completedFuture(null);

    private OutputDir(Path out, Path target, Path staging) {
        this.out = out;
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks where {@code out} is, opens a staging folder beside it, and starts checking on a thread
     * of its own that what {@code out} holds is the last build's; {@link #checked} waits for that.
     *
     * @param kept what the author keeps (see {@link OutputLocation#resolve}); the output may not touch it
     * @throws BuildFailedException if the folder is in the wrong place (one holding the author's
     *         files fails at {@link #checked} or {@link #commit})
     */
    public static OutputDir prepare(Path out, Map<String, Path> kept) {
        Path target = OutputLocation.resolve(out, kept);
        try {
            Files.createDirectories(target.getParent());
            Staging.clearLeftovers(target);
            // The hook is in place before the folder exists: a signal at any moment finds it.
            OutputDir dir = new OutputDir(out, target, Staging.newName(target));
            Runtime.getRuntime().addShutdownHook(dir.onShutdown);
            dir.begin(); // counted like any write: a signal now waits for the folder and its owner file, then deletes both
            try {
                Staging.create(dir.staging);
            } catch (IOException e) {
                dir.close();
                throw e;
            } finally {
                dir.writing.decrementAndGet();
            }
            dir.check = inBackground("kiln-output-check", () -> {
                checkReplaceable(out, target);
                return null;
            });
            return dir;
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(out, "cannot write beside the output folder: " + e.getMessage(),
                    "check that the folder above it exists and is writable"));
        }
    }

    public static OutputDir prepare(Path out) {
        return prepare(out, Map.of());
    }

    @Override
    public void checked() {
        try {
            check.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** {@code work} on a thread of its own (not a pool's, which parallel steps keep busy). */
    private static <T> CompletableFuture<T> inBackground(String name, java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** Refuses a folder holding anything the previous build did not write, naming the first few. */
    private static void checkReplaceable(Path out, Path target) {
        checkReplaceable(out, target, new ArrayList<>());
    }

    /** As {@link #checkReplaceable(Path, Path)}; returns the manifest (null for an empty folder), and adds what it walked to {@code walked}. */
    private static Manifest checkReplaceable(Path out, Path target, List<String> walked) {
        if (!Files.isDirectory(target) || isEmpty(target)) return null;
        Manifest manifest = Manifest.read(target);
        if (manifest == null) {
            String why = Files.exists(target.resolve(MARKER))
                    ? "it was built by an older Kiln that kept no list of its files"
                    : "it is not empty and Kiln did not build it";
            throw new BuildFailedException(Problem.inFile(out, "refusing to replace this folder: " + why,
                    "choose another --out, or move what you need out of it and delete it"));
        }
        List<String> foreign = manifest.foreign(target, walked);
        if (foreign.isEmpty()) return manifest;
        String shown = String.join(", ", foreign.subList(0, Math.min(FOREIGN_SHOWN, foreign.size())))
                + (foreign.size() > FOREIGN_SHOWN ? " and " + (foreign.size() - FOREIGN_SHOWN) + " more" : "");
        throw new BuildFailedException(Problem.inFile(out, "refusing to replace this folder: the last build did not write " + shown,
                "these were added or changed after the last build; move them out of the folder (or delete them) and build again"));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder being filled; relative output paths resolve against it. */
    public Path staging() {
        return staging;
    }

    public Path resolve(String relativePath) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + relativePath);
        return file;
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        begin();
        try {
            Files.write(prepare(relativePath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.decrementAndGet();
        }
    }

    /** Opens a UTF-8 writer on a new output file, so large pages stream to disk without a copy in memory. */
    @Override
    public Writer writer(String relativePath) {
        begin();
        try {
            return new FilterWriter(Files.newBufferedWriter(prepare(relativePath), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        writing.decrementAndGet();
                    }
                }
            };
        } catch (IOException e) {
            writing.decrementAndGet();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        begin();
        try {
            Files.copy(source, prepare(relativePath), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(source, "cannot copy this file into the site: " + e.getMessage(),
                    "check that you can read it"));
        } finally {
            writing.decrementAndGet();
        }
    }

    @Override
    public void link(Path file, String relativePath) {
        begin();
        try {
            Path target = prepare(relativePath);
            try {
                Files.createLink(target, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING); // another device, or no links here
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.decrementAndGet();
        }
    }

    @Override
    public Path fileOf(String relativePath) {
        return resolve(relativePath);
    }

    /** Counts a write in, unless the build is being stopped. */
    private void begin() {
        writing.incrementAndGet();
        if (discarded) {
            writing.decrementAndGet();
            throw new CancellationException("the build was stopped");
        }
    }

    /** Resolves the path and makes its folder, asking the file system once per folder. */
    private Path prepare(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        Path dir = file.getParent();
        if (!madeDirs.contains(dir)) {
            Files.createDirectories(dir);
            madeDirs.add(dir);
        }
        return file;
    }

    /**
     * Swaps the staging folder in. The old output is checked once more (the author may have added
     * a file while the build ran), moved aside, and only what its manifest lists is deleted.
     */
    public synchronized void commit() {
        if (discarded) throw new CancellationException("the build was stopped");
        checked();
        try {
            // listing the new site and checking the old one again are two walks: one each on two cores
            CompletableFuture<Manifest> listed = inBackground("kiln-output-list", () -> Manifest.of(staging));
            Path old = null;
            List<String> walked = new ArrayList<>();
            Manifest previous = null;
            boolean replacing = Files.exists(target);
            if (replacing) previous = checkReplaceable(out, target, walked);
            listed.get().writeTo(staging); // the owner file is bookkeeping: not listed, gone after the swap
            if (replacing) {
                old = Staging.setAside(target);
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) move(old, target);
                throw e;
            }
            committed = true;
            // Only now: a kill before this left a staging folder the next build recognises and clears.
            Files.deleteIfExists(target.resolve(Staging.OWNER));
            if (old != null) {
                // No manifest: the folder was empty when checked, and must still be to go.
                List<String> kept = previous != null ? previous.deleteWalked(old, walked) : isEmpty(old) && Files.deleteIfExists(old)
                        ? List.of() : List.of("(all of it)");
                if (!kept.isEmpty()) warnings.add("kept " + old + ": it holds files the last build did not write: " + kept);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while putting the new site in place");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new BuildFailedException(Problem.inFile(out, "cannot list the new site: " + e.getCause().getMessage(),
                    "the previous site is unchanged; check the folder's permissions and build again"));
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(out, "cannot put the new site in place: " + e.getMessage(),
                    "the previous site is unchanged; check the folder's permissions and build again"));
        }
    }

    /** What the commit had to leave alone, to tell the author. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless it was committed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs anyway
        }
        discard();
    }

    /**
     * Stops further writes, waits (briefly) for those under way, and deletes the staging folder.
     * Synchronized with {@link #commit()}: a signal during the swap waits for the swap to finish.
     */
    private synchronized void discard() {
        if (committed) return;
        discarded = true;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (writing.get() > 0 && System.nanoTime() < deadline) Thread.onSpinWait();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Staging.deleteTree(staging);
                return;
            } catch (IOException e) {
                // a write that outlived the wait above; once more, and if still not, the owner file
                // names this process, so the next build clears the folder once this one is gone
            }
        }
    }
}
