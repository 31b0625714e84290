package dev.kiln.write;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole built site in memory: what {@code kiln serve} serves. Each build fills a new one and
 * the server swaps it in with one reference assignment, so a reader never sees half a rebuild,
 * and no file is written to disk on every keystroke.
 */
public final class MemorySite implements SiteOutput {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        files.put(relativePath, bytes);
    }

    @Override
    public Writer writer(String relativePath) {
        return new StringWriter(16 * 1024) {
            @Override
            public void close() {
                files.put(relativePath, toString().getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public void copy(Path source, String relativePath) {
        try {
            files.put(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's bytes, or null. */
    public byte[] get(String relativePath) {
        return files.get(relativePath);
    }

    public Set<String> paths() {
        return files.keySet();
    }
}
