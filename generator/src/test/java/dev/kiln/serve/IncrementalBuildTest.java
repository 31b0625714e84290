package dev.kiln.serve;

import static dev.kiln.TestSites.replace;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.pipeline.BuildMemo;
import dev.kiln.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a run of edits, renames and deletions, the served site must equal a clean full build of
 * the same sources, byte for byte: incremental rebuilds may skip work, never change the result.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    @Test
    void servedSiteEqualsACleanBuildAfterEveryKindOfChange() throws Exception {
        Path site = dir.resolve("site");
        TestSites.copyTree(TestSites.projectRoot().resolve("content"), site.resolve("content"));
        TestSites.copyTree(TestSites.projectRoot().resolve("templates"), site.resolve("templates"));
        Files.copy(TestSites.projectRoot().resolve("site.yaml"), site.resolve("site.yaml"));
        StringWriter log = new StringWriter();
        try (DevServer server = new DevServer(ServeTest.options(site), new PrintWriter(log, true), new PrintWriter(log, true))) {
            server.start("127.0.0.1", 0);
            Step step = new Step(server, log, () -> assertSame(cleanBuild(site), server));
            Path s2 = site.resolve("content/02-core-concepts.md");

            step.run(() -> replace(s2, "在探讨AI大模型创业的投融资新趋势之前", "在深入探讨 AI 大模型创业的投融资新趋势之前"));
            assertEquals("1 parsed", step.parsedOf(log), "a text edit parses one page");
            step.run(() -> replace(s2, "## 2.4 技术进步", "## 2.4 技术的进步"));            // a heading other pages list
            step.run(() -> replace(site.resolve("content/06-applications.md"), "title: \"6.", "title: \"六、"));   // a title in every nav
            step.run(() -> write(site, "content/11-extra.md", "---\ntitle: 附加\n---\n\n新页面，链接到[第二节](02-core-concepts.md#2-1-大模型定义)。\n"));
            step.run(() -> Files.move(site.resolve("content/11-extra.md"), site.resolve("content/12-renamed.md")));
            step.run(() -> Files.delete(site.resolve("content/12-renamed.md")));
            step.run(() -> replace(site.resolve("templates/partials/toc.ftlh"), "<ol class=\"toc-list\">", "<ol class=\"toc-list\" data-edited>"));
            step.run(() -> replace(site.resolve("templates/assets/kiln.css"), "--accent: #a8380f;", "--accent: #a8380e;"));
            step.run(() -> replace(site.resolve("site.yaml"), "title:", "title: 改过的"));
            step.run(() -> replace(s2, "在深入探讨", "在探讨"));

        }
    }

    /**
     * A build that a newer change supersedes stops at its next page and leaves the memo as the
     * last finished build made it, so the build after it still equals a clean build.
     */
    @Test
    void aSupersededBuildStopsAndLeavesTheMemoAsItWas() throws Exception {
        Path site = TestSites.create(dir.resolve("small"));
        for (int i = 0; i < 20; i++) write(site, "content/p" + i + ".md", "# P" + i + "\n\n[next](p" + ((i + 1) % 20) + ".md)\n");
        Files.writeString(site.resolve("site.yaml"), "title: Small\n");
        BuildMemo memo = new BuildMemo();
        dev.kiln.pipeline.BuildOptions options = ServeTest.options(site);
        new SiteBuilder().build(options, memo, new dev.kiln.write.MemorySite());
        write(site, "content/p3.md", "# P3, edited\n\n[next](p4.md)\n");
        memo.changed(Set.of(site.resolve("content/p3.md")));
        memo.supersede();
        assertThrows(CancellationException.class, () -> new SiteBuilder().build(options, memo, new dev.kiln.write.MemorySite()));
        memo.startBuild();
        memo.changed(Set.of(site.resolve("content/p3.md")));
        dev.kiln.write.MemorySite served = new dev.kiln.write.MemorySite();
        new SiteBuilder().build(options, memo, served);
        Path clean = dir.resolve("small-clean");
        new SiteBuilder().build(new dev.kiln.pipeline.BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                clean, null, false, false, null));
        for (String page : new String[] {"p3.html", "p2.html", "index.html"}) {
            if (Files.exists(clean.resolve(page))) assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(page)), served.get(page)), page);
        }
        assertTrue(new String(served.get("p3.html"), java.nio.charset.StandardCharsets.UTF_8).contains("P3, edited"));
    }

    /**
     * A server keeps its pages' bodies in the page cache, not in memory. When that cache loses
     * them between rebuilds (an author clears {@code .kiln-cache}), the next rebuild notices as it
     * starts, compiles the pages afresh, and equals a clean build.
     */
    @Test
    void aServerWhosePageCacheIsClearedRecoversOnTheNextBuild() throws Exception {
        Path site = TestSites.create(dir.resolve("cleared"));
        for (int i = 0; i < 5; i++) write(site, "content/p" + i + ".md", "# P" + i + "\n\nText of page " + i + ".\n");
        write(site, "content/all.md", "---\ntitle: Everything\nlayout: report\n---\n"); // reads every page's body
        Files.writeString(site.resolve("site.yaml"), "title: Cleared\n");
        BuildMemo memo = new BuildMemo();
        dev.kiln.pipeline.BuildOptions options = ServeTest.options(site);
        new SiteBuilder().build(options, memo, new dev.kiln.write.MemorySite());
        deleteTree(site.resolve("cache/pages"));
        write(site, "content/p3.md", "# P3, edited\n\nNew text.\n");
        memo.changed(Set.of(site.resolve("content/p3.md")));
        dev.kiln.write.MemorySite served = new dev.kiln.write.MemorySite();
        dev.kiln.pipeline.BuildResult rebuilt = new SiteBuilder().build(options, memo, served);
        assertEquals(6, rebuilt.parsed(), "every page compiled afresh");
        Path clean = dir.resolve("cleared-clean");
        new SiteBuilder().build(new dev.kiln.pipeline.BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                clean, null, false, false, null));
        for (String page : new String[] {"p0.html", "p3.html", "all.html"}) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(page)), served.get(page)), page + " differs from a clean build");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** A full build from scratch of the same sources (sharing only the formula cache, which is keyed by input). */
    private Path cleanBuild(Path site) throws IOException {
        Path pages = site.resolve("cache/pages"); // what the server laid out: a clean build may not take it
        if (Files.exists(pages)) deleteTree(pages);
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(new dev.kiln.pipeline.BuildOptions(site.resolve("content"), site.resolve("templates"),
                site.resolve("site.yaml"), clean, null, false, false, site.resolve("cache")));
        return clean;
    }

    /** Every file of the clean build is served with the same bytes, and nothing else is served. */
    private static void assertSame(Path clean, DevServer server) throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(clean)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) onDisk.add(clean.relativize(f).toString().replace('\\', '/'));
        }
        onDisk.remove(".kiln-build");
        assertEquals(onDisk, new TreeSet<>(server.site().paths()));
        for (String path : onDisk) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(path)), server.site().get(path)), path + " differs from a clean build");
        }
    }

    interface Edit {
        void apply() throws IOException;
    }

    interface Check {
        void run() throws IOException;
    }

    /** Applies an edit, waits for the server to finish the rebuild it causes, and compares with a clean build. */
    record Step(DevServer server, StringWriter log, Check check) {
        void run(Edit edit) throws Exception {
            long before = server.generation();
            int lines = log.toString().split("\n").length;
            edit.apply();
            if (server.awaitNewerThan(before, java.time.Duration.ofSeconds(20)) == before) {
                throw new AssertionError("no rebuild after the edit; log:\n" + log);
            }
            Thread.sleep(100); // a second burst from the same save, if any
            String last = log.toString().split("\n")[Math.max(lines, log.toString().split("\n").length - 1)];
            assertTrue(!last.contains("failed"), "the build failed: " + log);
            check.run();
        }

        String parsedOf(StringWriter log) {
            String[] lines = log.toString().split("\n");
            String last = lines[lines.length - 1];
            return last.replaceAll(".*pages, (\\d+ parsed).*", "$1");
        }
    }
}
