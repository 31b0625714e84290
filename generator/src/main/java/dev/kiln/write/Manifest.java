package dev.kiln.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every file and folder one build wrote, with each file's size and modification time, kept in the
 * output folder as {@value #NAME}. The next build may replace the folder only if it holds exactly
 * that: a file the author added there, or edited after the build, is foreign and is never deleted.
 */
final class Manifest {
    static final String NAME = ".kiln-build";
    /** Kiln's own files at the output's root, which no manifest lists: this one, and a staging folder's owner file. */
    private static final Set<String> BOOKKEEPING = Set.of(NAME, Staging.OWNER);
    private static final String VERSION = "# kiln-manifest 1";
    private static final String HEADER = "# Built by Kiln. This folder is replaced on every build; edit content/ and templates/ instead.\n"
            + VERSION + "\n# size<TAB>modified (ms)<TAB>path; folders end with / and have size -1\n";

    /** A file's size and modification time; a folder has size -1 and time 0. */
    private record Entry(long size, long modified) {
        static final Entry FOLDER = new Entry(-1, 0);

        static Entry of(BasicFileAttributes attrs) {
            return attrs.isDirectory() ? FOLDER : new Entry(attrs.size(), attrs.lastModifiedTime().toMillis());
        }
    }

    /** Relative paths with {@code /} separators, folders ending in {@code /}, in the order walked. */
    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** What the folder holds now, leaving out the manifest itself. */
    static Manifest of(Path root) {
        Map<String, Entry> found = new LinkedHashMap<>();
        walk(root, (path, attrs) -> found.put(path, Entry.of(attrs)));
        return new Manifest(found);
    }

    /** What the manifest in {@code root} lists, or null if the file is missing or not a manifest this version wrote. */
    static Manifest read(Path root) {
        Path file = root.resolve(NAME);
        if (!Files.isRegularFile(file)) return null;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (!lines.contains(VERSION)) return null;
        Map<String, Entry> listed = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) return null;
            if (!isPlainRelative(parts[2])) return null;
            try {
                listed.put(parts[2], new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Manifest(listed);
    }

    /** A path as this class writes them: relative, {@code /}-separated, no empty, {@code .} or {@code ..} part. */
    private static boolean isPlainRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) return false;
        String[] parts = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path).split("/", -1);
        for (String part : parts) if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        return true;
    }

    void writeTo(Path root) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach((path, e) -> text.append(e.size()).append('\t').append(e.modified()).append('\t').append(path).append('\n'));
        Files.writeString(root.resolve(NAME), text, StandardCharsets.UTF_8);
    }

    /**
     * What {@code root} holds that this manifest does not list as it is: files and folders added
     * since, files changed since, and links (Kiln writes none). Empty means Kiln wrote all of it.
     * Adds to {@code unchanged} what the walk found as listed, for {@link #deleteWalked}.
     */
    List<String> foreign(Path root, List<String> unchanged) {
        List<String> foreign = new ArrayList<>();
        walk(root, (path, attrs) -> {
            if (attrs.isSymbolicLink() || attrs.isOther() || !Entry.of(attrs).equals(entries.get(path))) foreign.add(path);
            else unchanged.add(path);
        });
        return foreign;
    }

    /**
     * Deletes what {@code root} holds that this manifest lists unchanged, deepest first, then the
     * bookkeeping files and {@code root} itself if nothing else is left. Only entries found by
     * walking {@code root} (links not followed) are touched, never a path taken from the manifest
     * alone, so no manifest can point a deletion outside the folder. Returns whatever had to stay.
     */
    List<String> deleteListed(Path root) throws IOException {
        List<String> kept = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        walk(root, (path, attrs) -> {
            boolean unchanged = !attrs.isSymbolicLink() && !attrs.isOther() && Entry.of(attrs).equals(entries.get(path));
            if (!unchanged) kept.add(path);
            else if (path.endsWith("/")) folders.add(root.resolve(path));
            else files.add(root.resolve(path));
        });
        delete(root, files, folders, kept.isEmpty());
        return kept;
    }

    /**
     * Deletes {@code walked}, which {@link #foreign(Path, List)} found unchanged under this very
     * folder moments ago (before it was renamed to {@code root}, which keeps what it holds): a
     * second walk of 10,000 files would find the same. Returns whatever had to stay (added since).
     */
    List<String> deleteWalked(Path root, List<String> walked) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String path : walked) (path.endsWith("/") ? folders : files).add(root.resolve(path));
        delete(root, files, folders, true);
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<String> left = new ArrayList<>();
        walk(root, (path, attrs) -> left.add(path));
        return left;
    }

    /** Files first, on all cores (unlinking 10,000 files is most of a swap), then folders deepest first while empty. */
    private static void delete(Path root, List<Path> files, List<Path> folders, boolean andRoot) throws IOException {
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : folders) if (isEmptyFolder(folder)) Files.delete(folder);
        if (andRoot) {
            for (String bookkeeping : BOOKKEEPING) Files.deleteIfExists(root.resolve(bookkeeping));
            if (isEmptyFolder(root)) Files.delete(root);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private interface Visitor {
        void visit(String relativePath, BasicFileAttributes attrs);
    }

    /** Visits every entry below {@code root} without following links; folders get a trailing {@code /}. */
    private static void walk(Path root, Visitor visitor) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) visitor.visit(relative(root, dir) + "/", attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = relative(root, file);
                    if (!BOOKKEEPING.contains(path)) visitor.visit(path, attrs);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
