package dev.kiln.pipeline;

import static dev.kiln.TestSites.replace;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiln build} with the page cache of earlier builds must write exactly what a build
 * without it writes, byte for byte, after every kind of edit an author makes; and it must skip
 * the pages an edit did not touch. Runs on a small English site of its own, not the article.
 */
class CachedBuildTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void englishSite() {
        site = TestSites.create(dir.resolve("site"));
        write(site, "site.yaml", "title: Field notes\nlanguage: en\n");
        write(site, "content/index.md", "# Field notes\n\nStart with [the basics](guide/basics.md#first-steps).\n");
        write(site, "content/guide/basics.md", "---\ntitle: Basics\n---\n\n## First steps\n\nEnergy is $E = mc^2$, as a start.\n\n"
                + "```python\nprint('hello')\n```\n\nThen read [the advanced part](advanced.md#deeper).\n");
        write(site, "content/guide/advanced.md", "# Advanced\n\n## Deeper\n\n```mermaid\nflowchart TD\n  A[Read] --> B[Write]\n```\n\n## Notes\n\nMore.\n");
        write(site, "content/about.md", "---\ntitle: About\n---\n\nA plain page.\n");
        write(site, "content/report.md", "---\ntitle: Everything\nlayout: report\n---\n"); // shows every page's body
        TestSites.override(site, "partials/toc.ftlh");
        TestSites.override(site, "assets/kiln.css");
    }

    @Test
    void aCachedBuildEqualsACleanBuildAfterEveryKindOfEdit() throws IOException {
        BuildResult first = cached();
        assertEquals(5, first.parsed(), "an empty cache parses every page");
        assertSameAsClean();

        BuildResult again = cached();
        assertEquals(List.of(0, 0), List.of(again.parsed(), again.laidOut()), "nothing changed: nothing is parsed or laid out");
        assertSameAsClean();

        Path basics = site.resolve("content/guide/basics.md");
        replace(basics, "as a start", "as a first example");
        BuildResult edited = cached();
        assertEquals(List.of(1, 2), List.of(edited.parsed(), edited.laidOut()), "a text edit parses and lays out its own page and the full report only");
        assertSameAsClean();

        List<Edit> edits = List.of(
                () -> replace(site.resolve("content/guide/advanced.md"), "## Notes", "## Notes and more"), // a heading the navigation lists
                () -> replace(site.resolve("content/about.md"), "title: About", "title: About us"),        // a title in every page's navigation
                () -> write(site, "content/guide/extra.md", "# Extra\n\nBack to [first steps](basics.md#first-steps).\n"),
                () -> Files.move(site.resolve("content/guide/extra.md"), site.resolve("content/guide/extra2.md")),
                () -> Files.delete(site.resolve("content/guide/extra2.md")),
                () -> replace(site.resolve("templates/partials/toc.ftlh"), "<ol class=\"toc-list\">", "<ol class=\"toc-list\" data-edited>"),
                () -> replace(site.resolve("templates/assets/kiln.css"), "--accent: #a8380f;", "--accent: #a8380e;"),
                () -> replace(site.resolve("site.yaml"), "title: Field notes", "title: Field notes, revised"),
                () -> replace(basics, "as a first example", "as a start"));
        for (Edit edit : edits) {
            edit.apply();
            cached();
            assertSameAsClean();
        }
    }

    /**
     * A compiled page's body is read from the cache only when a step needs it. One damaged on disk
     * since is caught by its checksum: that build fails, saying to build again, and the next one
     * compiles the page afresh instead of finding the damaged entry again.
     */
    @Test
    void aBodyDamagedOnDiskFailsOneBuildAndTheNextCompilesItAfresh() throws IOException {
        cached();
        byte[] text = "A plain page".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> packs = Files.list(dir.resolve("cache/pages/packs"))) {
            for (Path pack : packs.toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                for (int i = 0; i + text.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + text.length, text, 0, text.length)) bytes[i] = 'a'; // a bad disk under about.md's body
                }
                Files.write(pack, bytes);
            }
        }
        replace(site.resolve("content/guide/advanced.md"), "## Notes", "## Notes and more"); // the report then lays out every body again
        dev.kiln.problem.BuildFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(dev.kiln.problem.BuildFailedException.class, this::cached);
        assertTrue(failed.problems().toString().contains("build again"), failed.problems().toString());
        cached();
        assertSameAsClean();
    }

    /** A page's numbers come from the pages before it: an edit there renumbers it, from its cached body, without parsing it again. */
    @Test
    void anEditElsewhereRenumbersAPageWithoutParsingIt() throws IOException {
        Path basics = site.resolve("content/guide/basics.md");
        replace(basics, "as a start.", "as a start.\n\n$$\nF = ma\n$$ {#eq:force}\n");
        write(site, "content/about.md", "---\ntitle: About\n---\n\nA plain page, after @eq:force.\n");
        cached();
        assertSameAsClean();
        assertTrue(TestSites.read(dir.resolve("out/about.html")).contains(">Equation (1)</a>"));

        replace(basics, "as a start.", "as a start.\n\n$$\np = mv\n$$ {#eq:momentum}\n");
        BuildResult renumbered = cached();
        assertEquals(1, renumbered.parsed(), "only the edited page is parsed");
        assertTrue(TestSites.read(dir.resolve("out/about.html")).contains(">Equation (2)</a>"), "the reference follows its formula to (2)");
        assertSameAsClean();

        BuildResult again = cached();
        assertEquals(List.of(0, 0), List.of(again.parsed(), again.laidOut()), "numbered pages are reused like any other");
        assertSameAsClean();
    }

    @Test
    void aDamagedCacheEntryIsRebuiltNotPublished() throws IOException {
        cached();
        try (Stream<Path> entries = Files.walk(dir.resolve("cache/pages"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.delete(entry); // a file of its own: a cached layout shares its file with the page published from it
                Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2)); // a bad disk, or a copy cut short
            }
        }
        BuildResult rebuilt = cached();
        assertEquals(5, rebuilt.parsed(), "a truncated compiled page is parsed again");
        assertSameAsClean();
    }

    /**
     * A published page shares its file with the cached layout it came from. A page edited in place
     * in the output must not then come back from the cache into the next site as edited.
     */
    @Test
    void aPublishedPageEditedInPlaceIsNotPublishedAgain() throws IOException {
        cached();
        Path about = dir.resolve("out/about.html");
        String original = Files.readString(about);
        Files.writeString(about, original.replace("A plain page.", "Changed by hand."), java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(Files.readString(about).contains("Changed by hand."));
        deleteTree(dir.resolve("out")); // the build would refuse to replace a folder with a file it did not write
        BuildResult rebuilt = cached();
        assertEquals(1, rebuilt.laidOut(), "the page whose cached file changed is laid out again");
        assertEquals(original, Files.readString(about));
        assertSameAsClean();
    }

    /**
     * A title shows in every page's navigation: each edit of one lays every page out anew. The
     * cache must not keep every build's pages (at 10,000 pages, 650 MB an edit), yet must keep
     * what the latest build used.
     */
    @Test
    void manyEditsLeaveTheCacheAboutTwoBuildsLarge() throws IOException {
        cached();
        int live = entries("pages/html");
        Path about = site.resolve("content/about.md");
        String title = "About";
        for (int i = 1; i <= 30; i++) {
            replace(about, "title: " + title, "title: " + (title = "About, take " + i));
            assertEquals(6, cached().laidOut(), "a title edit lays every page out");
            int kept = entries("pages/html");
            assertTrue(kept <= live + 3 * 5 + 64, "after edit " + i + " the cache holds " + kept + " laid-out pages of a site of " + live);
            // each build adds a pack of what it compiled; a server's hundredth edit must not leave a hundred open files
            assertTrue(entries("pages/packs") <= 8, "after edit " + i + " the cache holds " + entries("pages/packs") + " packs");
        }
        BuildResult again = cached();
        assertEquals(List.of(0, 0), List.of(again.parsed(), again.laidOut()), "what the latest build used is still there");
        assertSameAsClean();
    }

    /** A formula, code block or diagram is kept while some build uses it, and goes a month after the last one did. */
    @Test
    void fragmentsUnusedForAMonthArePruned() throws IOException {
        replace(site.resolve("content/about.md"), "A plain page.", "A plain page with $a^2 + b^2$.");
        cached();
        int formulas = entries("katex");
        assertEquals(2, formulas);
        try (Stream<Path> files = Files.walk(dir.resolve("cache/katex"))) {
            java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40)));
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, old);
        }
        replace(site.resolve("content/guide/basics.md"), "as a start", "as a first example");
        Files.delete(dir.resolve("cache/pages/written")); // the count that makes pruning due: a cache without one is pruned
        assertEquals(0, cached().formulasRendered(), "the edited page's formula comes from the cache, which marks it used");
        assertEquals(1, entries("katex"), "the formula of the page no build has compiled for 40 days is pruned");
        replace(site.resolve("content/about.md"), "A plain page", "Still a plain page");
        assertEquals(1, cached().formulasRendered(), "a pruned formula is rendered again when its page is");
        assertSameAsClean();
    }

    /** Files in a cache folder of the given kind ({@code pages/html}, {@code katex}, …). */
    private int entries(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache").resolve(kind))) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private BuildResult cached() {
        return new SiteBuilder().build(options(dir.resolve("out"), dir.resolve("cache")));
    }

    private BuildOptions options(Path out, Path cache) {
        return new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"), out, null, false, false, cache);
    }

    /** Builds the same sources with no page cache (formulas and diagrams still come from theirs), and compares every file. */
    private void assertSameAsClean() throws IOException {
        Path cleanCache = dir.resolve("clean-cache");
        deleteTree(cleanCache.resolve("pages"));
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(options(clean, cleanCache));
        Path out = dir.resolve("out");
        Set<String> expected = files(clean);
        assertEquals(expected, files(out));
        for (String file : expected) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(out.resolve(file))), file + " differs from a clean build");
        }
    }

    /** Every file of a built site, but the build's own list of them (which holds modification times). */
    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> all = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> all.add(root.relativize(f).toString().replace('\\', '/')));
            all.remove(".kiln-build");
            return all;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    interface Edit {
        void apply() throws IOException;
    }
}
