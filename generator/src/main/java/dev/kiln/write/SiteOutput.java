package dev.kiln.write;

import java.io.Writer;
import java.nio.file.Path;

/**
 * Where a build writes its files: a staging folder swapped into place ({@link OutputDir}, for
 * {@code kiln build}) or memory ({@link MemorySite}, for {@code kiln serve}). Paths are relative
 * to the site root, with {@code /} separators.
 */
public interface SiteOutput {
    void write(String relativePath, byte[] bytes);

    default void write(String relativePath, String text) {
        write(relativePath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A UTF-8 writer for a new file; the file is complete when the writer is closed. */
    Writer writer(String relativePath);

    void copy(Path source, String relativePath);

    /**
     * Puts {@code file}'s bytes at {@code relativePath} without reading them where the output can
     * share the file (a hard link); otherwise copies them. The file must not change afterwards.
     */
    default void link(Path file, String relativePath) {
        copy(file, relativePath);
    }

    /**
     * Waits until the output is known to be replaceable, which may be checked while the build
     * starts; throws the {@link dev.kiln.problem.BuildFailedException} saying why not.
     */
    default void checked() {}

    /** The file a path was written to, for sharing it (see {@link #link}); null when the output is not files. */
    default Path fileOf(String relativePath) {
        return null;
    }
}
