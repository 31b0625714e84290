package dev.kiln.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Reads files that ship inside Kiln's jar (or its classes folder in tests), such as KaTeX's fonts. */
public final class ClasspathFiles {
    private ClasspathFiles() {}

    public static byte[] read(String resource) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return Objects.requireNonNull(in, "missing classpath resource " + resource).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
