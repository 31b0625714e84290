package dev.kiln.cli;

import static dev.kiln.TestSites.read;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.write.OutputDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A build never deletes or replaces a file it did not write. Each case puts a sentinel where a
 * careless build would destroy it, runs {@code kiln build} as a user would, and checks the
 * sentinel is still there, byte for byte.
 */
class OutputSafetyTest {
    private static final String PRECIOUS = "my only copy\n";

    @TempDir
    Path dir;
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void create() {
        project = TestSites.create(dir.resolve("project"));
        write(project, "content/index.md", "---\ntitle: Home\n---\n\nHello.\n");
        write(project, "site.yaml", "title: Safety\n");
    }

    private int kiln(Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--content", project.resolve("content").toString(),
                "--templates", project.resolve("templates").toString(), "--config", project.resolve("site.yaml").toString(),
                "--cache", project.resolve(".kiln-cache").toString(), "--out", output.toString()));
        args.addAll(List.of(extra));
        CommandLine cli = new CommandLine(new Kiln());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args.toArray(String[]::new));
    }

    private void assertRefused(Path output, String reason) {
        assertEquals(1, kiln(output), "exit code; stderr: " + err);
        assertTrue(err.toString().contains("refusing to") && err.toString().contains(reason), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    private static Path sentinel(Path folder) {
        return write(folder, "NOTES.txt", PRECIOUS);
    }

    private static void assertSurvives(Path sentinel) {
        assertEquals(PRECIOUS, read(sentinel), sentinel + " survives");
    }

    @Test
    void aFolderTheLastBuildDidNotWriteWhollyIsNeverReplaced() throws IOException {
        // The reported loss: build into p, then make p a project (content/, notes, git), build again.
        Path p = Files.createDirectories(dir.resolve("p"));
        assertEquals(0, kiln(p), err.toString());
        Path notes = sentinel(p);
        write(p, "content/mine.md", PRECIOUS);
        write(p, ".git/HEAD", "ref: refs/heads/main\n");
        assertRefused(p, "the last build did not write");
        assertSurvives(notes);
        assertEquals(PRECIOUS, read(p.resolve("content/mine.md")));
        assertTrue(Files.exists(p.resolve(".git/HEAD")));
    }

    @Test
    void aStrayMarkerDoesNotMakeAFolderReplaceable() throws IOException {
        Path p = Files.createDirectories(dir.resolve("p"));
        Path notes = sentinel(p);
        write(p, OutputDir.MARKER, "Built by Kiln. This folder is replaced on every build; edit content/ and templates/ instead.\n");
        assertRefused(p, "older Kiln");
        assertSurvives(notes);
    }

    @Test
    void aManifestListingPathsOutsideTheFolderDeletesNothingThere() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, kiln(site), err.toString());
        Path victim = sentinel(dir);
        Path absolute = sentinel(Files.createDirectories(dir.resolve("elsewhere")));
        // a folder as a cloned repository could bring it: its manifest names files outside it
        Files.writeString(site.resolve(OutputDir.MARKER), Files.readString(site.resolve(OutputDir.MARKER))
                + "13\t0\t../NOTES.txt\n13\t0\t" + absolute + "\n");
        assertEquals(1, kiln(site), "a manifest with such paths is not trusted");
        assertSurvives(victim);
        assertSurvives(absolute);
    }

    @Test
    void aPageTheAuthorEditedInTheOutputIsNotOverwritten() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, kiln(site));
        Path page = site.resolve("index.html");
        Files.writeString(page, Files.readString(page) + "<!-- hand edit -->");
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        String edited = read(page);
        assertRefused(site, "index.html");
        assertEquals(edited, read(page));
    }

    @Test
    void theOutputIsNeverTheContentTemplatesConfigCacheOrProjectFolder() throws IOException {
        Path content = project.resolve("content");
        write(project, "content/" + OutputDir.MARKER, "stray marker\n");
        assertRefused(content, "the output folder is the content folder");
        assertTrue(Files.exists(content.resolve("index.md")));

        dev.kiln.TestSites.override(project, "page.ftlh");
        assertRefused(project.resolve("templates"), "the output folder is the templates folder");
        assertRefused(project.resolve("content/public"), "lies inside the content folder");
        assertRefused(project.resolve("templates/out"), "lies inside the templates folder");
        assertRefused(project, "holds the content folder");
        Files.createDirectories(project.resolve(".kiln-cache"));
        assertRefused(project.resolve(".kiln-cache"), "the cache folder");

        Path other = Files.createDirectories(dir.resolve("other"));
        write(other, "site.yaml", "title: another project\n");
        assertRefused(other, "holds site.yaml");
        assertTrue(Files.exists(project.resolve("templates/page.ftlh")));
    }

    @Test
    void anEmptyFolderBecomesTheSiteWithNothingLeftBeside() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        assertEquals(0, kiln(site), err.toString());
        assertTrue(Files.exists(site.resolve("index.html")));
        assertNoLeftovers(dir);
    }

    @Test
    void anEmptyOutputPathIsRefused() {
        assertEquals(1, kiln(Path.of("")));
        assertTrue(err.toString().contains("the output folder is empty"), err.toString());
    }

    @Test
    void aLinkedOutputFolderStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path real = dir.resolve("www");
        assertEquals(0, kiln(real), err.toString());
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);
        write(project, "content/index.md", "---\ntitle: Home\n---\n\nSecond edition.\n");
        assertEquals(0, kiln(link), err.toString());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(read(real.resolve("index.html")).contains("Second edition."), "the target holds the new site");
        assertNoLeftovers(dir);

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertRefused(dangling, "not a folder");
    }

    @Test
    void stagingFoldersOfDeadBuildsAreClearedAndALiveOnesAreKept() throws Exception {
        Path site = dir.resolve("site");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = write(dir, ".site.new-123/index.html", "half a build");
        write(dir, ".site.new-123/.kiln-staging", Long.toString(gone.pid()));
        Path live = write(dir, ".site.new-456/index.html", "a build in progress");
        write(dir, ".site.new-456/.kiln-staging", Long.toString(ProcessHandle.current().parent().orElseThrow().pid()));
        assertEquals(0, kiln(site), err.toString());
        assertFalse(Files.exists(dead.getParent()), "a dead build's staging folder is cleared");
        assertTrue(Files.exists(live), "a running build's staging folder is left alone");
    }

    @Test
    void aFileAddedWhileTheBuildRunsIsNotDeletedAtCommit() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, kiln(site), err.toString());
        try (OutputDir output = OutputDir.prepare(site)) {
            output.write("index.html", "<p>new</p>".getBytes());
            Path notes = sentinel(site);
            BuildFailedException e = assertThrows(BuildFailedException.class, output::commit);
            assertTrue(e.problems().get(0).message().contains("NOTES.txt"), e.getMessage());
            assertSurvives(notes);
        }
        assertNoLeftovers(dir);
    }

    @Test
    void sigtermDuringABuildLeavesNoStagingFolderAndTheOldSite() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, kiln(site), err.toString());
        String before = read(site.resolve("index.html"));
        // Enough work (a formula starts the JavaScript engine) that the signal lands mid-build.
        for (int i = 0; i < 300; i++) write(project, "content/p" + i + ".md", "# P" + i + "\n\n$$x^" + i + "$$\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.kiln.cli.Kiln", "build", "--quiet",
                "--content", project.resolve("content").toString(), "--templates", project.resolve("templates").toString(),
                "--config", project.resolve("site.yaml").toString(), "--cache", dir.resolve("fresh-cache").toString(),
                "--out", site.toString()));
        Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stagingFolders(dir).isEmpty() && build.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(build.isAlive(), "the build was still running when signalled: " + read(dir.resolve("child.log")));
        build.destroy(); // SIGTERM
        assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the build ends on SIGTERM");
        assertEquals(143, build.exitValue(), "killed by the signal, not finished: " + read(dir.resolve("child.log")));
        assertNoLeftovers(dir);
        assertEquals(before, read(site.resolve("index.html")), "the published site is untouched");
    }

    private static List<Path> stagingFolders(Path parent) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().matches("\\..*\\.(new|old)-.*")).toList();
        }
    }

    private static void assertNoLeftovers(Path parent) throws IOException {
        assertEquals(List.of(), stagingFolders(parent), "no staging or set-aside folders left behind");
    }
}
