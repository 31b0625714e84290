package dev.kiln;

import dev.kiln.pipeline.BuildOptions;
import dev.kiln.pipeline.BuildResult;
import dev.kiln.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small sites on disk for tests: the project's real templates, with content written by the test. */
public final class TestSites {
    private TestSites() {}

    /** The repository root (surefire passes it; running from the IDE, the working directory's parent). */
    public static Path projectRoot() {
        String root = System.getProperty("kiln.projectRoot");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        return p.toAbsolutePath().normalize();
    }

    /** A site folder with {@code content/} and an empty {@code templates/}: the built-in theme serves; no config. */
    public static Path create(Path dir) {
        try {
            Files.createDirectories(dir.resolve("content"));
            Files.createDirectories(dir.resolve("templates"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies one built-in theme file into the site's {@code templates/}, as an author overriding it does; returns the copy. */
    public static Path override(Path site, String name) {
        try {
            Path copy = site.resolve("templates").resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(projectRoot().resolve("templates").resolve(name), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path site, String relative, String text) {
        try {
            Path file = site.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the project's own article (content/, templates/, site.yaml) into {@code out}. */
    public static BuildResult buildArticle(Path out, String baseUrl) {
        Path root = projectRoot();
        return new SiteBuilder().build(new BuildOptions(root.resolve("content"), root.resolve("templates"),
                root.resolve("site.yaml"), out, baseUrl, false));
    }

    /** A fixture site under test resources ({@code sites/NAME}: content/ and site.yaml), with the project's templates. */
    public static Path fixture(String name) {
        return projectRoot().resolve("generator/src/test/resources/sites").resolve(name);
    }

    /** Builds a fixture site into {@code out}, with the project's templates. */
    public static BuildResult buildFixture(String name, Path out) {
        Path site = fixture(name);
        return new SiteBuilder().build(new BuildOptions(site.resolve("content"), projectRoot().resolve("templates"),
                site.resolve("site.yaml"), out, null, false));
    }

    public static BuildOptions options(Path site) {
        return new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("out"), null, false);
    }

    public static BuildResult build(Path site) {
        return new SiteBuilder().build(options(site));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file, as an author's edit; fails if the text is not there, so an edit that does nothing cannot pass. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
    }
}
