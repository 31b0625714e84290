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
 * build left. Only under the {@link CacheLock}: no other build is then reading or writing them.
 */
public final class Prune {
    private Prune() {}

    /**
     * Deletes each entry for which {@code drop} holds, given its key (the folder's name and the
     * file's, joined) and its modification time, and every leftover temporary file. Returns how
     * many files it deleted; a file it cannot delete stays (it costs disk space, nothing else).
     */
    public static int entries(Path dir, BiPredicate<String, FileTime> drop) {
        int deleted = 0;
        if (!Files.isDirectory(dir)) return 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
            for (Path folder : folders) {
                String prefix = folder.getFileName().toString();
                if (prefix.length() != 2 || !Files.isDirectory(folder)) continue;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        boolean leftover = name.startsWith(".tmp-");
                        if (leftover || drop.test(prefix + name, Files.getLastModifiedTime(file))) {
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
        return deleted;
    }
}
