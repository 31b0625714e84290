package dev.kiln.theme;

import static dev.kiln.TestSites.read;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.pipeline.BuildOptions;
import dev.kiln.pipeline.SiteBuilder;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme is built in, and a project's templates/ overrides it file by file. */
class ThemeTest {
    @TempDir
    Path dir;

    private static BuildOptions options(Path site) {
        return new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"), site.resolve("out"), null, false);
    }

    private static Path builtIn(String name) {
        return TestSites.projectRoot().resolve("templates").resolve(name);
    }

    @Test
    void aFolderWithOnlyContentBuildsWithTheBuiltInTheme() throws Exception {
        Path site = dir.resolve("site");
        write(site, "content/index.md", "---\ntitle: Home\n---\n\nHello.\n");
        write(site, "content/guide.md", "# Guide\n\nSee [home](index.md).\n");
        assertFalse(Files.exists(site.resolve("templates")));
        new SiteBuilder().build(options(site));
        String guide = read(site.resolve("out/guide.html"));
        assertTrue(guide.contains("<link rel=\"stylesheet\" href=\"assets/kiln.css\">"), guide);
        assertTrue(guide.contains("class=\"site-nav\""), "the built-in layout, navigation included");
        assertArrayEquals(Files.readAllBytes(builtIn("assets/kiln.css")), Files.readAllBytes(site.resolve("out/assets/kiln.css")));
        assertTrue(Files.exists(site.resolve("out/404.html")));
    }

    @Test
    void aProjectFileReplacesTheBuiltInOneAndOnlyThatOne() throws Exception {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: Home\n---\n\nHello.\n");
        write(site, "content/page.md", "---\ntitle: Page\n---\n\n## One\n\nText.\n\n## Two\n\nMore.\n");
        write(site, "templates/partials/toc.ftlh", "<#macro list entries><ol class=\"my-toc\"><#list entries as e><li>${e.text}</li></#list></ol></#macro>\n");
        write(site, "templates/assets/kiln.css", "body { color: rebeccapurple; }\n");
        write(site, "templates/assets/extra.js", "// the author's own script\n");
        new SiteBuilder().build(options(site));
        String home = read(site.resolve("out/page.html"));
        assertTrue(home.contains("<ol class=\"my-toc\"><li>One</li><li>Two</li></ol>"), "the author's partial: " + home);
        assertTrue(home.contains("class=\"site-header\""), "the built-in base layout still frames it");
        assertEquals("body { color: rebeccapurple; }\n", read(site.resolve("out/assets/kiln.css")));
        assertTrue(Files.exists(site.resolve("out/assets/extra.js")), "a new asset is published too");
        assertArrayEquals(Files.readAllBytes(builtIn("assets/kiln.js")), Files.readAllBytes(site.resolve("out/assets/kiln.js")));
    }

    @Test
    void aMissingLayoutIsNamedWhereTheAuthorWouldCreateIt() {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: Home\nlayout: fancy\n---\n\nHello.\n");
        BuildFailedException e = org.junit.jupiter.api.Assertions.assertThrows(BuildFailedException.class, () -> new SiteBuilder().build(options(site)));
        Problem p = e.problems().get(0);
        assertTrue(p.format().contains("fancy"), p.format());
    }

    @Test
    void anErrorInABuiltInTemplateIsLabelledAsBuiltIn() {
        Theme theme = Theme.of(dir.resolve("none"));
        assertEquals(Path.of(Theme.BUILT_IN_LABEL, "base.ftlh"), theme.displayPath("base.ftlh"));
        assertEquals(dir.resolve("none/fancy.ftlh"), theme.displayPath("fancy.ftlh"), "a file that is nowhere: where to create it");
    }

    @Test
    void namesCannotLeaveTheTheme() {
        Theme theme = Theme.of(dir);
        for (String name : new String[] {"../x.ftlh", "/etc/passwd", "partials/../../x", "a\\b", "c:/x", "", "a//b"}) {
            assertNull(theme.find(name), name);
        }
    }

    /** Kiln runs from its jar: the built-in theme is then a folder inside a zip file. */
    @Test
    void theBuiltInThemeIsReadFromInsideAJar() throws Exception {
        Path jar = dir.resolve("kiln.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"kiln-theme/base.ftlh", "kiln-theme/assets/a.css", "kiln-theme/partials/p.ftlh"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path root = Theme.folderOf(new URL("jar:" + jar.toUri() + "!/kiln-theme/base.ftlh"));
        Path override = Files.createDirectories(dir.resolve("templates/assets"));
        Files.writeString(override.resolve("b.css"), "mine");
        Theme theme = Theme.over(dir.resolve("templates"), root);
        assertEquals(java.util.List.of("assets/a.css", "assets/b.css"), java.util.List.copyOf(theme.files("assets")));
        assertEquals("content of kiln-theme/partials/p.ftlh", Files.readString(theme.find("partials/p.ftlh")));
        try (OutputStream ignored = OutputStream.nullOutputStream()) {
            assertEquals(root, Theme.folderOf(new URL("jar:" + jar.toUri() + "!/kiln-theme/base.ftlh")), "opened once, found again");
        }
    }
}
