package dev.kiln.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import net.openhft.hashing.LongTupleHashFunction;

/**
 * Files named by a hash of their bytes and holding nothing else, so a build can hard-link them
 * into its output as they are. Whoever lists one should record its size and modification time
 * and trust it only while they hold: an output file edited in place is the same file.
 */
public final class ContentFiles {
    private static final LongTupleHashFunction XX128 = LongTupleHashFunction.xx128();
    private final Path dir;

    public ContentFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code bytes} under their hash (replacing whatever file had that name) and returns the file. */
    public Path put(byte[] bytes) throws IOException {
        long[] h = XX128.hashBytes(bytes);
        String name = HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
        Path file = dir.resolve(name.substring(0, 2)).resolve(name.substring(2));
        AtomicFile.write(file, bytes); // never a half-written file under a name that says whole
        return file;
    }

    /** Whether {@code file} is one of this folder's (a name it gave out). */
    public boolean holds(Path file) {
        return file.startsWith(dir);
    }
}
