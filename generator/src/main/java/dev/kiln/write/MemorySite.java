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
 * A whole built site as {@code kiln serve} serves it. Each build fills a new one and the server
 * swaps it in with one reference assignment, so a reader never sees half a rebuild, and no output
 * file is written on every keystroke. A page the page cache holds stays there: the site keeps
 * the cache file's path, read when the page is asked for (a 10,000-page site's HTML is 650 MB).
 */
public final class MemorySite implements SiteOutput {
    /** Each file's bytes, or the {@link Path} of the cache file that holds them. */
    private final Map<String, Object> files = new ConcurrentHashMap<>();

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

    /** Keeps the path only: {@code file} is a page cache entry, which is never changed once made. */
    @Override
    public void link(Path file, String relativePath) {
        files.put(relativePath, file);
    }

    /** A file's bytes, or null (also when its cache file has gone since: the next rebuild lays the page out again). */
    public byte[] get(String relativePath) {
        Object file = files.get(relativePath);
        if (!(file instanceof Path path)) return (byte[]) file;
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
    }

    public boolean has(String relativePath) {
        return files.containsKey(relativePath);
    }

    public Set<String> paths() {
        return files.keySet();
    }
}
