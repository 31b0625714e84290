package dev.kiln.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.content.ContentLoader;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {
    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SiteIndex index(Problems problems) {
        return SiteIndex.build(ContentLoader.load(dir, problems), false, l -> List.of("home", "page", "report").contains(l), problems);
    }

    private PageInfo page(SiteIndex index, String rel) {
        return index.pages().stream().filter(p -> p.source().relativePath().equals(rel)).findFirst().orElseThrow();
    }

    @BeforeEach
    void site() throws IOException {
        write("index.md", "# Home");
        write("guide/index.md", "# Guide");
        write("guide/intro.md", "# Intro");
        write("guide/img/diagram.png", "png");
        write("renamed.md", "---\nslug: other\n---\n");
        write("wip.md", "---\ndraft: true\n---\n");
    }

    @Test
    void urlsAreFlatHtmlFilesAndSlugsRename() {
        SiteIndex index = index(new Problems());
        assertEquals("index.html", page(index, "index.md").url());
        assertEquals("guide/index.html", page(index, "guide/index.md").url());
        assertEquals("guide/intro.html", page(index, "guide/intro.md").url());
        assertEquals("other.html", page(index, "renamed.md").url());
        assertEquals("home", page(index, "index.md").layout());
        assertEquals("page", page(index, "guide/intro.md").layout());
        assertTrue(index.pages().stream().noneMatch(p -> p.source().relativePath().equals("wip.md")), "drafts are left out");
    }

    @Test
    void resolvesRelativeRootedDirectoryAndAssetLinks() {
        SiteIndex index = index(new Problems());
        PageInfo intro = page(index, "guide/intro.md");
        assertEquals(new LinkTarget.ToPage(page(index, "index.md"), "top"), index.resolve(intro, "../index.md#top"));
        assertEquals(new LinkTarget.ToPage(page(index, "guide/index.md"), ""), index.resolve(intro, "./"));
        assertEquals(new LinkTarget.ToPage(page(index, "renamed.md"), ""), index.resolve(intro, "/renamed.md"));
        assertEquals(new LinkTarget.ToAsset("guide/img/diagram.png", ""), index.resolve(intro, "img/diagram.png"));
        assertEquals(new LinkTarget.ToPage(intro, "小节"), index.resolve(intro, "#%E5%B0%8F%E8%8A%82"));
        assertInstanceOf(LinkTarget.External.class, index.resolve(intro, "https://example.org/x.md"));
        assertInstanceOf(LinkTarget.External.class, index.resolve(intro, "data:image/png;base64,iVBORw0KGgo="));
        assertInstanceOf(LinkTarget.Refused.class, index.resolve(intro, "data:text/html,<script>x</script>"));
        assertInstanceOf(LinkTarget.Refused.class, index.resolve(intro, " JaVaScRiPt:alert(1)".strip()));
        assertInstanceOf(LinkTarget.Refused.class, index.resolve(intro, "vbscript:msgbox"));
        assertInstanceOf(LinkTarget.External.class, index.resolve(intro, "mailto:a@b.c"));
    }

    @Test
    void missingTargetsSuggestTheClosestPage() {
        SiteIndex index = index(new Problems());
        LinkTarget target = index.resolve(page(index, "index.md"), "guide/intor.md");
        LinkTarget.Missing missing = assertInstanceOf(LinkTarget.Missing.class, target);
        assertTrue(missing.hint().contains("did you mean `guide/intro.md`"), missing.hint());
        assertInstanceOf(LinkTarget.Missing.class, index.resolve(page(index, "index.md"), "../../etc/passwd"));
    }

    @Test
    void twoPagesOnOneUrlAndUnknownLayoutsAreReported() throws IOException {
        write("other.md", "# clash");
        write("odd.md", "---\ntitle: x\nlayout: fancy\n---\n");
        Problems problems = new Problems();
        index(problems);
        List<Problem> found = problems.sorted();
        assertEquals(2, found.size(), found.toString());
        Problem layout = found.get(0);
        assertEquals(dir.resolve("odd.md") + ":3:1", layout.location());
        assertTrue(layout.message().contains("unknown layout `fancy`"));
        assertTrue(found.get(1).message().contains("both become `other.html`"), found.get(1).message());
    }
}
