package dev.kiln.write;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The write stage's target. A build writes into a fresh staging folder beside the output folder
 * and only {@link #commit()} puts it in place, by renaming: a failed build leaves the published
 * site exactly as it was. To never delete a folder that is not a Kiln output (say {@code --out .}),
 * a non-empty output folder must carry the {@value #MARKER} file that every build leaves.
 */
public final class OutputDir implements SiteOutput, AutoCloseable {
    public static final String MARKER = ".kiln-build";

    private final Path target;
    private final Path staging;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private OutputDir(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static OutputDir prepare(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new BuildFailedException(Problem.inFile(out, "refusing to replace this folder: it is not empty and was not made by Kiln",
                    "choose another --out, or empty the folder (Kiln marks its output with a `" + MARKER + "` file)"));
        }
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            return new OutputDir(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isReplaceable(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        if (Files.exists(dir.resolve(MARKER))) return true;
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
        try {
            Files.write(prepare(relativePath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a UTF-8 writer on a new output file, so large pages stream to disk without a copy in memory. */
    @Override
    public Writer writer(String relativePath) {
        try {
            return Files.newBufferedWriter(prepare(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    public void copy(Path source, String relativePath) {
        try {
            Path file = prepare(relativePath);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps the staging folder in. The old output is moved aside first and deleted after. */
    public void commit() {
        write(MARKER, "Built by Kiln. This folder is replaced on every build; edit content/ and templates/ instead.\n");
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) move(old, target);
                throw e;
            }
            committed = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
