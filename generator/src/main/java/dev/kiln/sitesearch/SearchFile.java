package dev.kiln.sitesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of a site's search: its bytes, or the page cache's file that holds them, which a
 * build links into its output rather than writing 50 MB of index again after every edit.
 */
public final class SearchFile {
    private final byte[] bytes;
    private final Path file;

    private SearchFile(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    public static SearchFile of(byte[] bytes) {
        return new SearchFile(bytes, null);
    }

    /** The file's bytes are {@code file}'s, which must not change afterwards. */
    public static SearchFile at(Path file) {
        return new SearchFile(null, file);
    }

    /** Its bytes, read from its file when that is where they are. */
    public byte[] bytes() {
        if (bytes != null) return bytes;
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file holding its bytes, or null when they are only in memory. */
    public Path file() {
        return file;
    }
}
