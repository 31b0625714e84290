package dev.kiln.pipeline;

import static dev.kiln.TestSites.build;
import static dev.kiln.TestSites.read;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.write.OutputDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n欢迎。\n");
        write(site, "content/a.md", "---\ntitle: 甲\nweight: 1\n---\n\n## 第一节\n\n见[乙](b.md#第二节)。\n");
        write(site, "content/b.md", "---\ntitle: 乙\nweight: 2\n---\n\n## 第二节\n\n![图](img/x.svg)\n");
        write(site, "content/img/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    private List<Problem> failures() {
        return assertThrows(BuildFailedException.class, () -> build(site)).problems();
    }

    /** Printing uses A4 unless site.yaml says `paper: letter`; anything else is an error at its line. */
    @Test
    void thePaperSizeComesFromSiteYaml() {
        build(site);
        assertTrue(read(site.resolve("out/a.html")).contains("@page { size: A4; }"));
        write(site, "site.yaml", "title: T\npaper: Letter\n");
        build(site);
        assertTrue(read(site.resolve("out/a.html")).contains("@page { size: letter; }"));
        write(site, "site.yaml", "title: T\npaper: A5\n");
        Problem p = failures().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("`paper` is `a4` or `letter`"), p.message());
    }

    @Test
    void buildsPagesAssetsAndSiteFilesWithRelativeLinks() {
        BuildResult result = build(site);
        Path out = site.resolve("out");
        assertEquals(3, result.pages());
        for (String f : List.of("index.html", "a.html", "b.html", "404.html", "robots.txt", "img/x.svg",
                "assets/kiln.css", "assets/kiln.js", "assets/favicon.svg")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve("sitemap.xml")), "no base-url: a sitemap of relative URLs would be invalid, so none");
        assertTrue(result.warnings().isEmpty(), "a first build warns of nothing the author did: " + result.warnings());
        assertTrue(result.notes().get(0).contains("base-url"), "it says why instead");
        String a = read(out.resolve("a.html"));
        assertTrue(a.contains("href=\"b.html#第二节\""), "the .md link is rewritten to the output URL");
        assertTrue(a.contains("rel=\"prev\"") && a.contains("rel=\"next\""));
        assertTrue(read(out.resolve("b.html")).contains("src=\"img/x.svg\""));
    }

    /** MkDocs Material's rule: a leading # heading is the page title, shown once; a different one is the author's own heading. */
    @Test
    void aLeadingHeadingIsTheTitleAndIsShownOnce() {
        write(site, "content/same.md", "---\ntitle: Same title\n---\n\n# Same title\n\nText.\n\n## Part\n");
        write(site, "content/bare.md", "# Only a heading\n\nText.\n");
        write(site, "content/other.md", "---\ntitle: Front matter\n---\n\n# A heading of its own\n\nText.\n");
        write(site, "content/link.md", "---\ntitle: L\n---\n\nSee [the top](same.md#same-title).\n");
        build(site);
        for (String page : new String[] {"same", "bare"}) {
            String html = read(site.resolve("out/" + page + ".html"));
            assertEquals(1, html.split("<h1").length - 1, page + ": one h1");
        }
        assertTrue(read(site.resolve("out/bare.html")).contains("<h1 class=\"page-title\">Only a heading</h1>"));
        String other = read(site.resolve("out/other.html"));
        assertTrue(other.contains("<h1 class=\"page-title\">Front matter</h1>") && other.contains(">A heading of its own<"), "both kept");
    }

    @Test
    void everyBrokenLinkMissingImageAndAnchorIsReportedAtItsPosition() {
        write(site, "content/a.md", "---\ntitle: 甲\n---\n\n见[乙](b.md#没有这节)和[丙](c.md)。\n\n![缺](img/none.png)\n");
        List<Problem> problems = failures();
        assertEquals(3, problems.size(), problems.toString());
        Path a = site.resolve("content/a.md");
        assertEquals(a + ":5:6", problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith("missing anchor"), problems.get(0).message());
        assertTrue(problems.get(0).hint().contains("#第二节"), problems.get(0).hint());
        assertEquals(a + ":5:21", problems.get(1).location());
        assertTrue(problems.get(1).message().startsWith("broken link: `c.md`"));
        assertEquals(a + ":7:6", problems.get(2).location());
        assertTrue(problems.get(2).message().startsWith("missing image: `img/none.png`"));
    }

    @Test
    void missingTemplateValueNamesTemplateFileAndLine() throws IOException {
        Path page = dev.kiln.TestSites.override(site, "page.ftlh");
        Files.writeString(page, Files.readString(page).replace("${page.title}</h1>", "${page.subtitle}</h1>"));
        Problem p = failures().get(0);
        assertTrue(p.location().startsWith(page + ":"), p.format());
        assertTrue(p.message().contains("page.subtitle"), p.message());
        int line = Files.readAllLines(page).stream().map(l -> l.contains("page.subtitle")).toList().indexOf(true) + 1;
        assertTrue(p.location().startsWith(page + ":" + line + ":"), p.format());
    }

    @Test
    void templateSyntaxErrorNamesFileLineAndColumn() {
        write(site, "templates/partials/broken.ftlh", "<p>\n  <#if x>unclosed\n</p>\n");
        Problem p = failures().get(0);
        assertTrue(p.location().startsWith(site.resolve("templates/partials/broken.ftlh") + ":"), p.format());
        assertTrue(p.message().startsWith("template syntax error"), p.message());
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteExactlyAsItWas() throws IOException {
        build(site);
        Map<String, String> before = snapshot(site.resolve("out"));
        write(site, "content/b.md", "---\ntitle: [unclosed\n---\n");
        failures();
        assertEquals(before, snapshot(site.resolve("out")));
        try (Stream<Path> siblings = Files.list(site)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no staging folder left behind");
        }
    }

    @Test
    void refusesToReplaceAFolderKilnDidNotMake() throws IOException {
        write(site, "out/thesis.tex", "precious");
        Problem p = failures().get(0);
        assertTrue(p.message().contains("refusing to replace"));
        assertEquals("precious", read(site.resolve("out/thesis.tex")));
    }

    @Test
    void rebuildsAreByteForByteIdentical() throws IOException {
        for (int i = 0; i < 30; i++) write(site, "content/s/p" + i + ".md", "# P" + i + "\n\n[a](../a.md)\n");
        build(site);
        Map<String, String> first = snapshot(site.resolve("out"));
        build(site);
        assertEquals(first, snapshot(site.resolve("out")));
    }

    @Test
    void draftsOnlyWhenAskedFor() {
        write(site, "content/wip.md", "---\ntitle: 草稿\ndraft: true\n---\n");
        build(site);
        assertFalse(Files.exists(site.resolve("out/wip.html")));
        new SiteBuilder().build(new BuildOptions(site.resolve("content"), site.resolve("templates"),
                site.resolve("site.yaml"), site.resolve("out"), null, true));
        assertTrue(Files.exists(site.resolve("out/wip.html")));
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            // The manifest records when each file was written, so it alone differs between builds.
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(OutputDir.MARKER)).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
