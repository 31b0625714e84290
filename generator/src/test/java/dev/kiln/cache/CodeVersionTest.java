package dev.kiln.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages cached by one Kiln are never taken by another: any change to a jar or a class on the class path changes the fingerprint. */
class CodeVersionTest {
    @TempDir
    Path dir;

    @Test
    void aRebuiltJarOrClassChangesTheFingerprint() throws Exception {
        Path jar = Files.write(dir.resolve("kiln.jar"), new byte[] {1, 2, 3});
        Path classes = Files.createDirectories(dir.resolve("classes/dev/kiln"));
        Path type = Files.write(classes.resolve("A.class"), new byte[] {4});
        String path = jar + File.pathSeparator + dir.resolve("classes");
        String before = CodeVersion.compute(path);
        assertEquals(before, CodeVersion.compute(path), "the same code gives the same fingerprint");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        String rebuiltJar = CodeVersion.compute(path);
        assertNotEquals(before, rebuiltJar);

        Files.setLastModifiedTime(type, FileTime.fromMillis(Files.getLastModifiedTime(type).toMillis() + 2000));
        assertNotEquals(rebuiltJar, CodeVersion.compute(path), "a recompiled class counts");
    }

    /** {@code ./kiln} runs the jar by its absolute path, {@code java -jar generator/target/kiln.jar} by a relative one. */
    @Test
    void theSameJarNamedTwoWaysHasOneFingerprint() throws Exception {
        Path jar = Files.write(dir.resolve("kiln.jar"), new byte[] {1, 2, 3});
        Path relative = Path.of("").toAbsolutePath().relativize(jar);
        assertEquals(CodeVersion.compute(jar.toString()), CodeVersion.compute(relative.toString()));
    }
}
