package dev.kiln.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A fingerprint of the Kiln that is running: every class-path entry's name, size and modification
 * time (for a folder of classes, its newest file's). Not its full path: {@code ./kiln} and {@code
 * java -jar generator/target/kiln.jar} name the same jar differently, and share one cache. Cached pages carry it in their keys, so a
 * build by another Kiln (an upgrade, or a rebuilt checkout) never takes pages an older one laid
 * out, and no one has to remember to bump a version number when the output changes.
 */
public final class CodeVersion {
    private static final String FINGERPRINT = compute(System.getProperty("java.class.path", ""));

    private CodeVersion() {}

    public static String fingerprint() {
        return FINGERPRINT;
    }

    static String compute(String classPath) {
        StringBuilder all = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path path = Path.of(entry);
            all.append(path.getFileName()).append('|').append(stamp(path)).append('\0');
        }
        return DiskCache.key(all.toString());
    }

    private static String stamp(Path entry) {
        try {
            if (Files.isRegularFile(entry)) {
                BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                return a.size() + "@" + a.lastModifiedTime().toMillis();
            }
            if (!Files.isDirectory(entry)) return "absent";
            try (Stream<Path> files = Files.walk(entry)) {
                long[] newest = {0, 0};
                files.filter(Files::isRegularFile).forEach(f -> {
                    newest[0]++;
                    newest[1] = Math.max(newest[1], f.toFile().lastModified());
                });
                return newest[0] + "files@" + newest[1];
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable"; // the JVM could not load classes from it either
        }
    }
}
