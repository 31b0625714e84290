package dev.kiln.cli;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BuildCommandTest {
    @TempDir
    Path site;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kiln(String... args) {
        CommandLine cli = new CommandLine(new Kiln());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private String[] buildArgs(String... extra) {
        String[] base = {"build", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString(),
                "--config", site.resolve("site.yaml").toString(), "--out", site.resolve("site").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n[页](p.md)\n");
        write(site, "content/p.md", "---\ntitle: 页\n---\n\n正文\n");
        write(site, "site.yaml", "title: 测试\n");
    }

    @Test
    void successExitsZeroAndSaysWhatItBuilt() {
        assertEquals(0, kiln(buildArgs("--base-url", "https://example.org/r/")));
        assertTrue(out.toString().contains("Built 2 pages"), out.toString());
        String index = TestSites.read(site.resolve("site/index.html"));
        assertTrue(index.contains("<link rel=\"canonical\" href=\"https://example.org/r/\">"), index);
        assertTrue(TestSites.read(site.resolve("site/sitemap.xml")).contains("<loc>https://example.org/r/p.html</loc>"));
    }

    @Test
    void contentProblemsExitOneWithEveryProblemAndNoStackTrace() {
        write(site, "content/p.md", "---\ntitle: 页\n---\n\n[坏](nowhere.md) [也坏](gone.md)\n");
        write(site, "content/q.md", "---\ntitle: [x\n---\n");
        assertEquals(1, kiln(buildArgs()));
        String e = err.toString();
        assertTrue(e.contains(site.resolve("content/p.md") + ":5:5: error: broken link: `nowhere.md`"), e);
        assertTrue(e.contains(site.resolve("content/p.md") + ":5:22: error: broken link: `gone.md`"), e);
        assertTrue(e.contains(site.resolve("content/q.md") + ":3:1: error: malformed YAML"), e);
        assertTrue(e.contains("Build failed: 3 problems."), e);
        assertFalse(e.contains("\tat "), "no stack trace without --verbose: " + e);
        assertFalse(Files.exists(site.resolve("site")));
    }

    @Test
    void aMissingConfigNamedOnTheCommandLineIsAnError() {
        String[] args = {"build", "--content", site.resolve("content").toString(), "--templates", site.resolve("templates").toString(),
                "--config", site.resolve("no-such.yaml").toString(), "--out", site.resolve("site").toString()};
        assertEquals(1, kiln(args));
        assertTrue(err.toString().contains("no-such.yaml: error: the settings file given with --config does not exist"), err.toString());
    }

    @Test
    void aCacheThatCannotBeAFolderIsAnError() {
        write(site, "cache-file", "not a folder");
        assertEquals(1, kiln(buildArgs("--cache", site.resolve("cache-file").toString())));
        assertTrue(err.toString().contains("cannot use this as the cache folder: it is a file"), err.toString());
    }

    @Test
    void badBaseUrlsOnTheCommandLineAreRefusedLikeInSiteYaml() {
        assertEquals(1, kiln(buildArgs("--base-url", "javascript:alert(1)//")));
        assertTrue(err.toString().contains("--base-url: error: base-url must be an absolute http(s) URL"), err.toString());
        assertEquals(1, kiln(buildArgs("--base-url", "not a url %%%")));
        assertFalse(Files.exists(site.resolve("site")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, kiln("build", "--no-such-option"));
        assertEquals(2, kiln("frobnicate"));
        assertEquals(2, kiln());
        assertEquals(2, kiln("serve", "--port", "99999"), "a port out of range is a usage error, before anything starts");
        assertTrue(err.toString().contains("--port must be from 0 to 65535, got 99999"), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, kiln("--help"));
        assertEquals(0, kiln("build", "--help"));
        assertTrue(out.toString().contains("--base-url") && out.toString().contains("Exit codes"), out.toString());
    }
}
