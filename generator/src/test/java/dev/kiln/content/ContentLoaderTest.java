package dev.kiln.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private Problem onlyProblem(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        Problems problems = new Problems();
        ContentLoader.load(dir, problems);
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        return problems.sorted().get(0);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        byte[] big = new byte[(int) dev.kiln.problem.Limits.FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Problem p = onlyProblem("huge.md", big);
        assertTrue(p.message().contains("at most 8 MiB"), p.message());
        assertTrue(p.location().endsWith("huge.md"), p.location());
    }

    @Test
    void readsFrontMatterFreeKeysAndBody() throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: \"1. 背景\"\nweight: 3\ndraft: false\nkeywords: [x, y]\nmood: calm\n---\n\n# Body\n");
        Files.writeString(dir.resolve("pic.png"), "png");
        ContentSet set = ContentLoader.load(dir, new Problems());
        SourceFile page = set.pages().get(0);
        assertEquals("1. 背景", page.frontMatter().title());
        assertEquals(3.0, page.frontMatter().weight());
        assertEquals(List.of("x", "y"), page.frontMatter().keywords());
        assertEquals("calm", page.frontMatter().yaml().values().get("mood"));
        assertEquals(8, page.bodyFirstLine());
        assertEquals("\n# Body\n", page.body());
        assertEquals(List.of("pic.png"), set.assets());
    }

    @Test
    void orderIsAnAliasForWeight() throws IOException {
        Files.writeString(dir.resolve("o.md"), "---\norder: 7\n---\n");
        assertEquals(7.0, ContentLoader.load(dir, new Problems()).pages().get(0).frontMatter().weight());
    }

    @Test
    void malformedFrontMatterNamesLineAndColumn() throws IOException {
        Problem p = onlyProblem("bad.md", "---\ntitle: ok\ntags: [a, b\n---\nbody\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(p.location().startsWith(dir.resolve("bad.md") + ":4:"), p.format());
        assertTrue(p.message().startsWith("malformed YAML"), p.message());
    }

    @Test
    void wronglyTypedKeyIsReportedAtItsLine() throws IOException {
        Problem p = onlyProblem("w.md", "---\ntitle: x\nweight: heavy\n---\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(dir.resolve("w.md") + ":3:1", p.location());
        assertTrue(p.message().contains("`weight` must be a number"), p.message());
    }

    @Test
    void unclosedFrontMatterIsReported() throws IOException {
        Problem p = onlyProblem("u.md", "---\ntitle: x\n\n# Heading\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(dir.resolve("u.md") + ":1:1", p.location());
        assertTrue(p.message().contains("never closed"));
    }

    @Test
    void invalidUtf8NamesTheLineAndColumnOfTheBadByte() throws IOException {
        byte[] gbk = "第一行\n中文".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] bytes = new byte[3 + gbk.length];
        System.arraycopy("ab\n".getBytes(StandardCharsets.UTF_8), 0, bytes, 0, 3);
        System.arraycopy(gbk, 0, bytes, 3, gbk.length);
        Problem p = onlyProblem("gbk.md", bytes);
        assertEquals(dir.resolve("gbk.md") + ":2:1", p.location());
        assertTrue(p.message().contains("not valid UTF-8") && p.hint().contains("UTF-8"), p.format());
    }

    @Test
    void hiddenFilesAreNotContent() throws IOException {
        Files.writeString(dir.resolve(".draft.md.swp"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "x");
        ContentSet set = ContentLoader.load(dir, new Problems());
        assertTrue(set.pages().isEmpty() && set.assets().isEmpty());
    }

    @Test
    void missingContentFolderIsAProblemNotACrash() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> ContentLoader.load(dir.resolve("nope"), new Problems()));
        assertTrue(e.problems().get(0).hint().contains("--content"));
    }

    @Test
    void crlfFilesReadLikeLf() throws IOException {
        Files.writeString(dir.resolve("c.md"), "---\r\ntitle: T\r\n---\r\ntext\r\n");
        SourceFile page = ContentLoader.load(dir, new Problems()).pages().get(0);
        assertEquals(Map.of("title", "T"), page.frontMatter().yaml().values());
        assertEquals("text\n", page.body());
    }
}
