package dev.kiln.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Laid-out pages in the cache, stored as the very files the output holds: a page laid out by a
 * build is hard-linked into {@code pages/html/} (copied where the file system cannot link), and a
 * later build links it back into its output. A 10,000-page build with nothing to lay out then
 * neither reads nor writes 600 MB of HTML.
 *
 * <p>An entry is trusted only while its size and modification time are what {@code
 * pages/html.list} recorded when it was made, as git trusts its index: a page edited in place
 * in the output, which shares the entry's file, no longer matches, and is laid out again.
 */
final class LayoutFiles {
    /** An entry as the build that made it left it. */
    record Stamp(long size, long modified) {}

    private final Path dir;
    private final Path list;
    private final Map<String, Stamp> known;
    private final Map<String, Stamp> used = new ConcurrentHashMap<>();

    LayoutFiles(Path dir) {
        this.dir = dir;
        this.list = dir.resolveSibling(dir.getFileName() + ".list");
        this.known = read(list);
    }

    /** The entry's file, if it is as this cache made it; null otherwise. */
    Path find(String key) {
        Stamp stamp = known.get(key);
        if (stamp == null) return null;
        Path file = file(key);
        if (!stamp.equals(stampOf(file))) return null;
        used.put(key, stamp);
        return file;
    }

    /**
     * Keeps a page just laid out: the output's own file where it can be linked ({@code written},
     * may be null), else a copy of its bytes ({@code html}, or the file's when null). Returns the
     * entry's file, or null when it could not be kept.
     */
    Path put(String key, byte[] html, Path written) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(".tmp-" + Thread.currentThread().getId() + "-" + System.nanoTime());
            try {
                if (written == null || !link(tmp, written)) {
                    if (html != null) Files.write(tmp, html);
                    else Files.copy(written, tmp);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            Stamp stamp = stampOf(file);
            if (stamp == null) return null;
            used.put(key, stamp);
            known.put(key, stamp); // a server's next build, which keeps this store, finds it
            return file;
        } catch (IOException e) {
            return null; // an unwritable cache costs the next build time, never correctness
        }
    }

    /** Records the entries this build used or made, for the next one (the others are no longer trusted). */
    void save() {
        StringBuilder text = new StringBuilder("# kiln layout cache 1: key size modified(ms)\n");
        used.forEach((key, s) -> text.append(key).append(' ').append(s.size()).append(' ').append(s.modified()).append('\n'));
        try {
            Files.createDirectories(dir);
            dev.kiln.cache.AtomicFile.write(list, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // as above
        }
    }

    /** Deletes the entries this build neither used nor made: no later build trusts them (see {@link #save}). */
    void prune(dev.kiln.cache.Prune prune) {
        prune.entries(dir, (key, file) -> !used.containsKey(key));
    }

    /** A server's next build starts: what it uses is counted afresh. */
    void nextBuild() {
        used.clear();
    }

    /** A hard link at {@code link} to {@code target}; false where the file system has none (another device, no links). */
    static boolean link(Path link, Path target) {
        try {
            Files.createLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static Stamp stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, Stamp> read(Path list) {
        Map<String, Stamp> known = new ConcurrentHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (f.length != 3 || line.startsWith("#")) continue;
                try {
                    known.put(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2])));
                } catch (NumberFormatException e) {
                    // a damaged line is a missing entry
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // no list yet, or unreadable: nothing is trusted
        }
        return known;
    }
}
