package dev.kiln.content;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Limits;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** The load stage: reads {@code content/} into a {@link ContentSet}, decoding strictly as UTF-8. */
public final class ContentLoader {
    private ContentLoader() {}

    public static ContentSet load(Path contentDir, Problems problems) {
        return load(contentDir, problems, null);
    }

    /** @param loaded files from the previous build, reused while unchanged on disk; null to read everything */
    public static ContentSet load(Path contentDir, Problems problems, LoadedFiles loaded) {
        return load(contentDir, problems, loaded, null);
    }

    /**
     * @param loaded   files from the previous build in this process, reused while unchanged on disk; null if none
     * @param cacheDir the cache folder, whose {@link SourceIndex} spares reading files unchanged since any earlier build; null: none
     */
    public static ContentSet load(Path contentDir, Problems problems, LoadedFiles loaded, Path cacheDir) {
        if (loaded != null) {
            ContentSet quick = reloadModified(contentDir, problems, loaded, loaded.takeHint());
            if (quick != null) return quick;
        }
        if (!Files.isDirectory(contentDir)) {
            throw new BuildFailedException(Problem.inFile(contentDir, "the content folder does not exist",
                    "create it with your Markdown files, or pass --content DIR"));
        }
        List<Walked> files;
        try {
            files = walk(contentDir, problems);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            Path where = cause instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : contentDir;
            throw new BuildFailedException(Problem.inFile(where, "cannot read the content folder: " + cause.getMessage(),
                    "check that every folder under content/ can be read (and listed) by you"));
        }
        List<String> assets = new ArrayList<>();
        List<Walked> markdown = new ArrayList<>();
        for (Walked walked : files) {
            if (walked.file().getFileName().toString().endsWith(".md")) markdown.add(walked);
            else assets.add(relative(contentDir, walked.file()));
        }
        // a server keeps its files in memory; only its first build, and a one-shot build, look at the index
        SourceIndex index = loaded != null && loaded.previous != null ? SourceIndex.NONE : SourceIndex.open(cacheDir, contentDir);
        List<SourceFile> pages = markdown.parallelStream()
                .map(w -> loaded == null ? indexedOrRead(contentDir, w, problems, index) : reuseOrRead(contentDir, w, problems, loaded, index))
                .filter(Objects::nonNull)
                .toList();
        index.save();
        ContentSet content = new ContentSet(contentDir, pages, List.copyOf(assets));
        if (loaded != null) loaded.remember(content, markdown.stream().map(Walked::file).toList());
        return content;
    }

    /** A file found under the content folder, with its attributes (a link's are its target's). */
    private record Walked(Path file, BasicFileAttributes attrs) {}

    /** Every file under the content folder but hidden ones and links leading out of it, in path order; one stat each. */
    private static List<Walked> walk(Path contentDir, Problems problems) throws IOException {
        Path realRoot = contentDir.toRealPath();
        List<Walked> files = new ArrayList<>();
        Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(contentDir) || !isHidden(contentDir.relativize(dir)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(contentDir.relativize(file))) return FileVisitResult.CONTINUE;
                BasicFileAttributes own = attrs;
                if (attrs.isSymbolicLink()) {
                    try {
                        own = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (IOException e) {
                        return FileVisitResult.CONTINUE; // a dangling link: nothing to publish
                    }
                    if (own.isRegularFile() && !inside(realRoot, file, problems)) return FileVisitResult.CONTINUE;
                }
                if (own.isRegularFile()) files.add(new Walked(file, own));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        files.sort(Comparator.comparing(w -> w.file().toString()));
        return files;
    }

    /** The file as the source index has it, while unchanged; else read, and indexed if it loaded cleanly. */
    private static SourceFile indexedOrRead(Path contentDir, Walked walked, Problems problems, SourceIndex index) {
        String rel = relative(contentDir, walked.file());
        Path display = contentDir.resolve(rel);
        SourceFile hit = index.find(rel, display, walked.attrs(), digest -> readBody(contentDir, walked.file(), display, digest));
        if (hit != null) return hit;
        Problems own = new Problems();
        SourceFile source = read(contentDir, walked.file(), own);
        if (source != null && own.isEmpty() && own.warnings().isEmpty()) index.keep(walked.attrs(), source);
        own.sorted().forEach(problems::add);
        own.warnings().forEach(problems::warn);
        return source;
    }

    /** The body of a file the index vouched for, read when a step needs it; a file changed since is a problem, not a wrong page. */
    private static String readBody(Path contentDir, Path file, Path display, String digest) {
        Problems own = new Problems();
        SourceFile source = read(contentDir, file, own);
        if (source == null || !own.isEmpty() || !source.bodyDigest().equals(digest)) {
            throw new BuildFailedException(Problem.inFile(display, "the file changed while the build ran", "build again"));
        }
        return source.body();
    }

    /**
     * The previous load with only the modified Markdown files read again, when the watcher's hint
     * says that is all that changed under the content folder; null when a full load is needed (a
     * file added, deleted or renamed, an asset, or no hint).
     */
    private static ContentSet reloadModified(Path contentDir, Problems problems, LoadedFiles loaded, Set<Path> hint) {
        if (hint == null || loaded.previous == null || !loaded.previous.root().equals(contentDir)) return null;
        Path root = contentDir.toAbsolutePath().normalize();
        Set<Path> modified = new HashSet<>();
        for (Path changed : hint) {
            if (!changed.startsWith(root)) continue;
            Path walked = loaded.previousFiles.get(changed);
            if (walked == null || !Files.isRegularFile(changed)) return null;
            modified.add(walked);
        }
        List<SourceFile> pages = new ArrayList<>();
        for (SourceFile page : loaded.previous.pages()) {
            Path walked = contentDir.resolve(page.relativePath());
            LoadedFiles.Entry entry = loaded.entries.get(walked);
            if (entry == null || modified.contains(walked)) {
                SourceFile fresh = reuseOrRead(contentDir, walked, problems, loaded, SourceIndex.NONE);
                if (fresh != null) pages.add(fresh);
                continue;
            }
            pages.add(replay(entry, problems));
        }
        ContentSet content = new ContentSet(contentDir, List.copyOf(pages), loaded.previous.assets());
        loaded.previous = content;
        return content;
    }

    private static SourceFile reuseOrRead(Path contentDir, Path file, Problems problems, LoadedFiles loaded, SourceIndex index) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return read(contentDir, file, problems);
        }
        return reuseOrRead(contentDir, new Walked(file, attrs), problems, loaded, index);
    }

    private static SourceFile reuseOrRead(Path contentDir, Walked walked, Problems problems, LoadedFiles loaded, SourceIndex index) {
        Path file = walked.file();
        BasicFileAttributes attrs = walked.attrs();
        LoadedFiles.Entry entry = loaded.entries.get(file);
        if (entry == null || !entry.modified().equals(attrs.lastModifiedTime()) || entry.size() != attrs.size()) {
            Problems own = new Problems();
            SourceFile source = indexedOrRead(contentDir, walked, own, index);
            entry = new LoadedFiles.Entry(attrs.lastModifiedTime(), attrs.size(), source, own.sorted(), own.warnings());
            loaded.entries.put(file, entry);
        }
        return replay(entry, problems);
    }

    /** A reused file brings back what loading it reported, so a file that is still broken is still reported. */
    private static SourceFile replay(LoadedFiles.Entry entry, Problems problems) {
        entry.problems().forEach(problems::add);
        entry.warnings().forEach(problems::warn);
        return entry.source();
    }

    private static SourceFile read(Path contentDir, Path file, Problems problems) {
        String rel = relative(contentDir, file);
        Path display = contentDir.resolve(rel);
        try {
            long size = Files.size(file);
            if (size > Limits.FILE_BYTES) {
                problems.add(Problem.inFile(display, "the file is " + size / (1024 * 1024) + " MiB; Kiln reads Markdown files of at most "
                        + Limits.FILE_BYTES / (1024 * 1024) + " MiB", "split it into several pages"));
                return null;
            }
            String text = decodeUtf8(Files.readAllBytes(file), display);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
            return FrontMatterSplitter.split(rel, display, text, problems);
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
            return null;
        } catch (IOException e) {
            problems.add(Problem.inFile(display, "cannot read the file: " + e.getMessage(), "check its permissions"));
            return null;
        }
    }

    /** Decodes UTF-8, reporting the line and column of the first byte that is not valid UTF-8. */
    static String decodeUtf8(byte[] bytes, Path display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') { line++; lineStart = i + 1; }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new BuildFailedException(Problem.at(display, line, column,
                    String.format("the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad),
                    "save the file as UTF-8 in your editor (for GBK/GB2312 text: `iconv -f GBK -t UTF-8`)"));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Whether a file really lives in the content folder. A symbolic link to a file elsewhere
     * (say, a home folder's key) would otherwise be published with the site; it is left out, with
     * a warning.
     */
    private static boolean inside(Path realRoot, Path file, Problems problems) {
        if (!Files.isSymbolicLink(file)) return true;
        try {
            if (file.toRealPath().startsWith(realRoot)) return true;
        } catch (IOException e) {
            // a dangling link: nothing to publish
        }
        problems.warn(Problem.inFile(file, "left out: a symbolic link to a file outside the content folder",
                "copy the file into the content folder if it is meant to be published"));
        return false;
    }

    /** Dot-files and dot-folders (editor swap files, .DS_Store) are never content. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
