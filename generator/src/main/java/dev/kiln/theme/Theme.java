package dev.kiln.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The theme a site is built with: the one built into Kiln's jar ({@code kiln-theme/}), with the
 * project's own {@code templates/} folder in front of it, file by file. A layout, partial or asset
 * the project has wins; everything else comes from the jar. That is the lookup order of Hugo's
 * themes and MkDocs' {@code custom_dir}, so a site needs no theme folder at all, and an author who
 * wants a different footer copies one partial, not the theme.
 */
public final class Theme {
    /** Where the built-in theme lies among the jar's resources. */
    static final String RESOURCE_ROOT = "/kiln-theme";
    /** How a built-in file is named in messages: it has no path on the author's disk. */
    public static final String BUILT_IN_LABEL = "[built-in theme]";

    private static volatile Path builtInRoot;

    private final Path override;
    private final Path builtIn;

    private Theme(Path override, Path builtIn) {
        this.override = override;
        this.builtIn = builtIn;
    }

    /** The built-in theme with {@code overrideDir} in front (it may not exist: then the built-in theme alone). */
    public static Theme of(Path overrideDir) {
        return new Theme(overrideDir, builtInRoot());
    }

    /** The folder the project's overrides come from, whether or not it exists. */
    public Path overrideDir() {
        return override;
    }

    /** The file a theme name ({@code partials/nav.ftlh}, {@code assets/kiln.css}) resolves to, or null. */
    public Path find(String name) {
        if (!safe(name)) return null;
        if (override != null) {
            Path own = override.resolve(name);
            if (Files.isRegularFile(own)) return own;
        }
        Path shipped = builtIn.resolve(name);
        return Files.isRegularFile(shipped) ? shipped : null;
    }

    public boolean has(String name) {
        return find(name) != null;
    }

    /** Whether the project, not the jar, supplies this file. */
    public boolean overridden(String name) {
        return override != null && safe(name) && Files.isRegularFile(override.resolve(name));
    }

    /** How a theme file is named in a problem: its path when it is the author's, a label when it is built in. */
    public Path displayPath(String name) {
        return overridden(name) || override != null && !has(name) ? override.resolve(name) : Path.of(BUILT_IN_LABEL, name);
    }

    /** Every file name below {@code folder} ("" for all) in either layer, sorted, with '/' as separator. */
    public TreeSet<String> files(String folder) {
        TreeSet<String> names = new TreeSet<>();
        if (override != null) collect(override, folder, names);
        collect(builtIn, folder, names);
        return names;
    }

    /** Every file name in the project's own folder, sorted: what the project overrides or adds. */
    public TreeSet<String> overrideFiles() {
        TreeSet<String> names = new TreeSet<>();
        if (override != null) collect(override, "", names);
        return names;
    }

    private static void collect(Path root, String folder, TreeSet<String> names) {
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Freemarker names are normalised already; this keeps any other caller inside the theme too. */
    private static boolean safe(String name) {
        return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains(":")
                && Stream.of(name.split("/")).noneMatch(part -> part.equals("..") || part.equals(".") || part.isEmpty());
    }

    /** The built-in theme: a folder when Kiln runs from its classes (tests), a folder inside the jar otherwise. */
    private static Path builtInRoot() {
        Path root = builtInRoot;
        if (root != null) return root;
        synchronized (Theme.class) {
            if (builtInRoot != null) return builtInRoot;
            URL marker = Theme.class.getResource(RESOURCE_ROOT + "/base.ftlh");
            if (marker == null) throw new IllegalStateException("the built-in theme is missing from Kiln's jar");
            builtInRoot = folderOf(marker);
            return builtInRoot;
        }
    }

    /** The folder holding the resource at {@code url}, on disk or inside a jar (opened as a zip file system once). */
    static Path folderOf(URL url) {
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it by the jar's URI
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
        }
    }

    /** A theme over another built-in folder: for tests of the jar case. */
    static Theme over(Path overrideDir, Path builtIn) {
        return new Theme(overrideDir, builtIn);
    }
}
