package dev.kiln.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The folders a build keeps beside its output: {@code .NAME.new-*} while it writes (with an owner
 * file naming the building process) and {@code .NAME.old-*} for the previous output during the
 * swap. A build killed outright (SIGKILL, out of memory) leaves them; the next build clears them.
 */
final class Staging {
    /** In a staging folder until commit: the building process's id, so only dead builds' folders are cleared. */
    static final String OWNER = ".kiln-staging";

    private Staging() {}

    /** A fresh staging folder's path beside {@code target}; {@link #create} makes it. */
    static Path newName(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".new-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /** Makes the staging folder, owned by this process (it fails if the name is taken). */
    static void create(Path staging) throws IOException {
        Files.createDirectory(staging);
        Files.writeString(staging.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Where the current output is moved while the new one takes its place. */
    static Path setAside(Path target) {
        // the time in the name, since a moved folder keeps its old modification time
        return target.resolveSibling("." + target.getFileName() + ".old-" + System.currentTimeMillis() + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /**
     * Clears what killed builds left beside {@code target}: staging folders whose building process
     * is gone (they hold only what that build wrote) and set-aside outputs (by their manifest).
     */
    static void clearLeftovers(Path target) throws IOException {
        String name = target.getFileName().toString();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.toList()) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String file = p.getFileName().toString();
                if (file.startsWith("." + name + ".new-") && ownerIsGone(p)) deleteTree(p);
                if (file.startsWith("." + name + ".old-") && isStale(p)) {
                    Manifest old = Manifest.read(p);
                    if (old != null) old.deleteListed(p);
                }
            }
        }
    }

    /** Set aside more than a minute ago (by the time in its name): not the swap of a build running beside this one. */
    private static boolean isStale(Path setAside) {
        String name = setAside.getFileName().toString();
        String stamp = name.substring(name.indexOf(".old-") + 5).split("-")[0];
        try {
            return Long.parseLong(stamp) < System.currentTimeMillis() - 60_000;
        } catch (NumberFormatException e) {
            return true; // not one of this version's names: an old leftover
        }
    }

    private static boolean ownerIsGone(Path staging) {
        try {
            long pid = Long.parseLong(Files.readString(staging.resolve(OWNER)).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Deletes a staging folder, owner file last, so a folder cut short by a crash is still recognised. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Path owner = root.resolve(OWNER);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(owner)) Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (dir.equals(root)) Files.deleteIfExists(owner);
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
