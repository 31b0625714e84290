package dev.kiln.cli;

import static dev.kiln.TestSites.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.pipeline.BuildOptions;
import dev.kiln.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kiln new: a site that builds as it is, and never a file written over. */
class NewCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int kiln(String... args) {
        CommandLine cli = new CommandLine(new Kiln());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theNewSiteBuildsAndShowsEveryKindOfBlock() {
        Path site = dir.resolve("my site");
        assertEquals(0, kiln("new", site.toString()), err.toString());
        assertTrue(out.toString().contains("Next:  cd '" + site + "' && kiln serve --open"), out.toString());
        for (String f : NewCommand.FILES) assertTrue(Files.isRegularFile(site.resolve(f)), f);
        assertTrue(read(site.resolve("site.yaml")).contains("# base-url:"), "every key is there, commented");
        new SiteBuilder().build(new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("site"), null, false));
        String guide = read(site.resolve("site/guide.html"));
        assertTrue(guide.contains("class=\"katex-display\"") || guide.contains("katex-display"), "a formula");
        assertTrue(guide.contains("<svg") && guide.contains("diagram-flowchart"), "a flowchart drawn at build time");
        assertTrue(guide.contains("admonition-tip"), "an admonition");
        assertTrue(guide.contains("data-demo"), "a demo");
        assertTrue(read(site.resolve("site/index.html")).contains("<html lang=\"en\""));
    }

    @Test
    void aFolderThatHoldsAnythingIsRefusedAndLeftAlone() throws Exception {
        Path site = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(site.resolve("notes.txt"), "mine\n");
        assertEquals(1, kiln("new", site.toString()));
        assertTrue(err.toString().contains("the folder is not empty"), err.toString());
        assertEquals("mine\n", Files.readString(site.resolve("notes.txt")));
        try (var entries = Files.list(site)) {
            assertEquals(1, entries.count(), "nothing was added");
        }
        assertEquals(1, kiln("new", site.resolve("notes.txt").toString()), "a file of that name");
    }

    @Test
    void anEmptyFolderIsFine() throws Exception {
        Path site = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, kiln("new", site.toString()), err.toString());
        assertEquals(2, kiln("new"), "DIR is required");
    }
}
