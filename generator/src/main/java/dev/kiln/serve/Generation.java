package dev.kiln.serve;

import dev.kiln.write.MemorySite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One successful build as the server serves it: immutable once published. HTML files get the
 * live-reload script when served (never in the build itself), and every response carries an
 * ETag computed once per file.
 */
final class Generation {
    /** A file ready to send. */
    record Served(byte[] body, String etag, String contentType) {}

    final long number;
    final Instant built;
    private final MemorySite site;
    private final Map<String, Served> ready = new ConcurrentHashMap<>();

    Generation(long number, MemorySite site) {
        this.number = number;
        this.site = site;
        this.built = Instant.now().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
    }

    boolean has(String path) {
        return site.has(path);
    }

    MemorySite site() {
        return site;
    }

    /** The file at {@code path} as sent, or null. */
    Served get(String path) {
        byte[] raw = site.get(path);
        if (raw == null) return null;
        return ready.computeIfAbsent(path, p -> {
            byte[] body = ContentTypes.isHtml(p) ? LiveReload.inject(raw, number) : raw;
            return new Served(body, etag(body), ContentTypes.of(p));
        });
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
