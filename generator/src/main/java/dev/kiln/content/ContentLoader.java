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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The load stage: reads {@code content/} into a {@link ContentSet}, decoding strictly as UTF-8. */
public final class ContentLoader {
    private ContentLoader() {}

    public static ContentSet load(Path contentDir, Problems problems) {
        return load(contentDir, problems, null);
    }

    /** @param loaded files from the previous build, reused while unchanged on disk; null to read everything */
    public static ContentSet load(Path contentDir, Problems problems, LoadedFiles loaded) {
        if (loaded != null) {
            ContentSet quick = reloadModified(contentDir, problems, loaded, loaded.takeHint());
            if (quick != null) return quick;
        }
        if (!Files.isDirectory(contentDir)) {
            throw new BuildFailedException(Problem.inFile(contentDir, "the content folder does not exist",
                    "create it with your Markdown files, or pass --content DIR"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            Path realRoot = contentDir.toRealPath();
            files = walk.filter(Files::isRegularFile).filter(p -> !isHidden(contentDir.relativize(p)))
                    .filter(p -> inside(realRoot, p, problems))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            Path where = cause instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : contentDir;
            throw new BuildFailedException(Problem.inFile(where, "cannot read the content folder: " + cause.getMessage(),
                    "check that every folder under content/ can be read (and listed) by you"));
        }
        List<String> assets = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(".md")) markdown.add(file);
            else assets.add(relative(contentDir, file));
        }
        List<SourceFile> pages = markdown.parallelStream()
                .map(file -> loaded == null ? read(contentDir, file, problems) : reuseOrRead(contentDir, file, problems, loaded))
                .filter(Objects::nonNull)
                .toList();
        ContentSet content = new ContentSet(contentDir, pages, List.copyOf(assets));
        if (loaded != null) loaded.remember(content, markdown);
        return content;
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
                SourceFile fresh = reuseOrRead(contentDir, walked, problems, loaded);
                if (fresh != null) pages.add(fresh);
                continue;
            }
            pages.add(replay(entry, problems));
        }
        ContentSet content = new ContentSet(contentDir, List.copyOf(pages), loaded.previous.assets());
        loaded.previous = content;
        return content;
    }

    private static SourceFile reuseOrRead(Path contentDir, Path file, Problems problems, LoadedFiles loaded) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return read(contentDir, file, problems);
        }
        LoadedFiles.Entry entry = loaded.entries.get(file);
        if (entry == null || !entry.modified().equals(attrs.lastModifiedTime()) || entry.size() != attrs.size()) {
            Problems own = new Problems();
            SourceFile source = read(contentDir, file, own);
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
