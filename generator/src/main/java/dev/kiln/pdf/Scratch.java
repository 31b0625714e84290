package dev.kiln.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files of a print, and the one fact about this process that Chromium's sandbox needs. */
public final class Scratch {
    private Scratch() {}

    /**
     * Removes a file or folder tree as far as it can, without saying so: a leftover in the system's
     * temporary folder does no harm, and the failure to remove one must never hide a real error.
     */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // see above
        }
    }

    /**
     * Whether this process runs as root, as in most containers, where Chromium refuses to start its
     * sandbox. The owner of {@code /proc/self} is the process's user on Linux; elsewhere the user name tells.
     */
    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
