package dev.kiln.content;

import dev.kiln.cache.DiskCache;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Markdown file as loaded: its path inside {@code content/}, the path to show the author, and
 * its text split at the front matter. A file that the source index says is unchanged since an
 * earlier build ({@link SourceIndex}) comes without its body, which is read only if a step needs
 * it (the page is compiled); its digest, which the page's cache key is made from, is known.
 * Two source files are equal when their paths, front matter, first line and body are.
 */
public final class SourceFile {
    private final String relativePath;
    private final Path displayPath;
    private final FrontMatter frontMatter;
    private final int bodyFirstLine;
    private final String bodyDigest;
    private final Supplier<String> reader;
    private volatile String body;

    /**
     * @param relativePath  path below the content folder, with {@code /} separators (e.g. {@code guide/intro.md})
     * @param displayPath   path used in messages (the content folder as given, plus the relative path)
     * @param frontMatter   the parsed front matter (empty when the file has none)
     * @param body          the Markdown after the front matter
     * @param bodyFirstLine 1-based line in the file where {@code body} starts
     */
    public SourceFile(String relativePath, Path displayPath, FrontMatter frontMatter, String body, int bodyFirstLine) {
        this(relativePath, displayPath, frontMatter, bodyFirstLine, digest(body), null);
        this.body = body;
    }

    private SourceFile(String relativePath, Path displayPath, FrontMatter frontMatter, int bodyFirstLine, String bodyDigest,
            Supplier<String> reader) {
        this.relativePath = relativePath;
        this.displayPath = displayPath;
        this.frontMatter = frontMatter;
        this.bodyFirstLine = bodyFirstLine;
        this.bodyDigest = bodyDigest;
        this.reader = reader;
    }

    /** A file whose body, of digest {@code bodyDigest}, {@code reader} reads when first asked for. */
    static SourceFile unread(String relativePath, Path displayPath, FrontMatter frontMatter, int bodyFirstLine, String bodyDigest,
            Supplier<String> reader) {
        return new SourceFile(relativePath, displayPath, frontMatter, bodyFirstLine, bodyDigest, reader);
    }

    /** The body's hash: what a cache key needs of it. */
    static String digest(String body) {
        return DiskCache.key(body);
    }

    public String relativePath() {
        return relativePath;
    }

    public Path displayPath() {
        return displayPath;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public int bodyFirstLine() {
        return bodyFirstLine;
    }

    public String bodyDigest() {
        return bodyDigest;
    }

    /** The Markdown after the front matter, read now if it was not loaded. */
    public String body() {
        String text = body;
        if (text == null) {
            synchronized (this) {
                if (body == null) body = reader.get();
                text = body;
            }
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile s && relativePath.equals(s.relativePath) && displayPath.equals(s.displayPath)
                && frontMatter.equals(s.frontMatter) && bodyFirstLine == s.bodyFirstLine && bodyDigest.equals(s.bodyDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(relativePath, bodyDigest);
    }

    @Override
    public String toString() {
        return "SourceFile[" + relativePath + "]";
    }
}
