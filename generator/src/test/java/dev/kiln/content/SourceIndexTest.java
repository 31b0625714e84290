package dev.kiln.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with a cache takes an unchanged Markdown file from the source index (front matter,
 * body digest) instead of reading it, trusting it, as git trusts its index, while the file's
 * size, modification time and inode are unchanged. To see that it does, these tests change a
 * file behind the index's back: same size, old modification time restored.
 */
class SourceIndexTest {
    @TempDir
    Path dir;

    private static final String PAGE = "---\ntitle: \"背景 one\"\nweight: 2.5\nkeywords: [a, b]\n"
            + "extra: {n: 3, big: 123456789012345678901234567890, none: null, on: true, list: [1, {x: y}]}\n---\n\nBody one.\n";

    @Test
    void anUnchangedFileComesFromTheIndexEqualToReadingIt() throws IOException {
        Path file = written("a.md", PAGE, Instant.now().minus(Duration.ofHours(1)));
        SourceFile read = load().pages().get(0);
        sameSizeBehindTheIndexsBack(file, PAGE.replace("one", "two"));

        SourceFile indexed = load().pages().get(0);
        assertEquals("背景 one", indexed.frontMatter().title(), "the front matter is the index's: the file was not read");
        assertEquals(read, indexed);
        assertEquals(read.frontMatter(), indexed.frontMatter(), "every value of the front matter comes back as parsed");
        assertEquals(read.frontMatter().toString(), indexed.frontMatter().toString(), "and prints the same (a page's cache key holds it)");
        BuildFailedException changed = assertThrows(BuildFailedException.class, indexed::body,
                "the body, read when a step needs it, is checked against the digest");
        assertTrue(changed.getMessage().contains("changed while the build ran"), changed.getMessage());
    }

    @Test
    void aFileWhoseBodyIsAskedForIsReadThen() throws IOException {
        written("a.md", PAGE, Instant.now().minus(Duration.ofHours(1)));
        load();
        SourceFile indexed = load().pages().get(0);
        assertEquals("\nBody one.\n", indexed.body());
        assertEquals(7, indexed.bodyFirstLine());
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        Path file = written("a.md", PAGE, Instant.now().minus(Duration.ofHours(1)));
        load();
        Files.writeString(file, PAGE.replace("Body one.", "Body one, edited."));
        assertEquals("\nBody one, edited.\n", load().pages().get(0).body());
    }

    /** A file modified in the clock tick the index was written in could be modified again in it, unseen: it is not indexed. */
    @Test
    void aFileModifiedJustBeforeTheBuildIsNotTrusted() throws IOException {
        Path file = written("a.md", PAGE, Instant.now());
        load();
        sameSizeBehindTheIndexsBack(file, PAGE.replace("one", "two"));
        assertEquals("背景 two", load().pages().get(0).frontMatter().title());
    }

    @Test
    void aFileWithProblemsIsNotIndexedSoTheyAreReportedAgain() throws IOException {
        written("a.md", "---\ntitle: [not, a, string]\n---\n", Instant.now().minus(Duration.ofHours(1)));
        for (int build = 0; build < 2; build++) {
            Problems problems = new Problems();
            ContentLoader.load(dir.resolve("content"), problems, null, dir.resolve("cache"));
            assertEquals(1, problems.sorted().size(), "build " + build + ": " + problems.sorted());
        }
    }

    @Test
    void aDeletedFileLeavesTheSite() throws IOException {
        Path file = written("a.md", PAGE, Instant.now().minus(Duration.ofHours(1)));
        written("b.md", "# B\n", Instant.now().minus(Duration.ofHours(1)));
        load();
        Files.delete(file);
        assertEquals(List.of("b.md"), load().pages().stream().map(SourceFile::relativePath).toList());
    }

    private ContentSet load() {
        return ContentLoader.load(dir.resolve("content"), new Problems(), null, dir.resolve("cache"));
    }

    private Path written(String name, String text, Instant modified) throws IOException {
        Path file = dir.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** Rewrites the file in place (same inode) with text of the same size, and puts its modification time back. */
    private static void sameSizeBehindTheIndexsBack(Path file, String text) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        assertEquals(Files.size(file), text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, modified);
    }
}
