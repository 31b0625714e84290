package dev.kiln.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.BiPredicate;

/**
 * Deletes a cache folder's entries ({@code dir/ab/cdef…}, as {@link BlobStore} and {@link
 * ContentFiles} lay them out) that no build will ask for again, and the temporary files a killed
 * build left, until a deadline: deleting is slow (a 10,000-page site's earlier generation of
 * compiled pages and bodies, 40,000 files, took 8 s here), so a build spends a share of its own
 * time on it and leaves the rest to the next. Only under the {@link CacheLock}: no other build is
 * then reading or writing these files.
 */
public final class Prune {
    private final long deadline;
    private int deleted;
    private boolean cut;

    /** @param deadline the {@link System#nanoTime()} after which nothing more is deleted */
    public Prune(long deadline) {
        this.deadline = deadline;
    }

    /**
     * Deletes each entry of {@code dir} for which {@code drop} holds, given its key (the folder's
     * name and the file's, joined) and its file, and every leftover temporary file. A file it
     * cannot delete stays (it costs disk space, nothing else).
     */
    public Prune entries(Path dir, BiPredicate<String, Path> drop) {
        if (cut || !Files.isDirectory(dir)) return this;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
            for (Path folder : folders) {
                String prefix = folder.getFileName().toString();
                if (prefix.length() != 2 || !Files.isDirectory(folder)) continue;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (name.contains(".tmp-") || drop.test(prefix + name, file)) {
                            if (!inTime()) return this;
                            if (Files.deleteIfExists(file)) deleted++;
                        }
                    }
                } catch (IOException e) {
                    // a folder it cannot read keeps its files
                }
            }
        } catch (IOException e) {
            // as above
        }
        return this;
    }

    /** Whether {@code file} was last modified (or marked used) before {@code time}; an unreadable one is kept. */
    public static boolean olderThan(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether there is time left; once there is not, {@link #finished} says so. */
    public boolean inTime() {
        if (System.nanoTime() > deadline) cut = true;
        return !cut;
    }

    /** Counts files deleted by others under this prune's deadline. */
    public void deleted(int files) {
        deleted += files;
    }

    public int deleted() {
        return deleted;
    }

    /** Whether everything there was to delete is gone: false when the deadline cut it short. */
    public boolean finished() {
        return !cut;
    }
}
