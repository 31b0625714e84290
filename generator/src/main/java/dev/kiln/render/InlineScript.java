package dev.kiln.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A script the page must run before it can load any file of its own, so it cannot be a file: it
 * goes inline, and the page's Content-Security-Policy allows exactly it by its SHA-256 hash
 * ({@code 'sha256-…'}), keeping every other inline script refused.
 *
 * @param source the script as it goes between {@code <script>} and {@code </script>}
 * @param hash   the CSP source expression for it
 */
public record InlineScript(String source, String hash) {

    /** The 404 page's root finder (see {@code kiln/inline/find-root.js}). */
    public static final InlineScript FIND_ROOT = load("find-root.js");

    static InlineScript of(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return new InlineScript(source, "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InlineScript load(String name) {
        try (InputStream in = InlineScript.class.getResourceAsStream("/kiln/inline/" + name)) {
            if (in == null) throw new IllegalStateException("kiln/inline/" + name + " is missing from the jar");
            // browsers hash the script with its line ends as LF, whatever the checkout made of them
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
