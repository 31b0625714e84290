package dev.kiln.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads files that ship inside Kiln's jar (or its classes folder in tests), such as KaTeX's
 * fonts. They never change while Kiln runs, so each is read once; callers must not modify them.
 */
public final class ClasspathFiles {
    private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();

    private ClasspathFiles() {}

    public static byte[] read(String resource) {
        return READ.computeIfAbsent(resource, ClasspathFiles::load);
    }

    private static byte[] load(String resource) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return Objects.requireNonNull(in, "missing classpath resource " + resource).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
