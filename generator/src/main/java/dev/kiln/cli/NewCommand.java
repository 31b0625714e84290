package dev.kiln.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kiln new DIR}: a small working site to start from, never written over anything. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a new site in DIR: site.yaml with every setting explained, a home page, and a page with a "
                + "formula, a flowchart, an admonition and a live demo. DIR must be empty or not exist.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was created", "1:DIR is not empty, or cannot be written", "2:wrong command-line usage"})
public final class NewCommand implements Callable<Integer> {
    /** The scaffold, under {@code kiln/new/} in the jar. */
    static final List<String> FILES = List.of("site.yaml", "content/index.md", "content/guide.md");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder for the new site")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(dir) && !isEmptyFolder(dir)) {
                err.printf("%s: error: %s%n    hint: kiln new never writes over files; choose a new folder name%n", dir,
                        Files.isDirectory(dir) ? "the folder is not empty" : "a file of that name exists");
                return 1;
            }
            for (String name : FILES) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent() == null ? dir : target.getParent());
                try (InputStream in = NewCommand.class.getResourceAsStream("/kiln/new/" + name)) {
                    if (in == null) throw new IOException("the scaffold file " + name + " is missing from Kiln's jar");
                    Files.copy(in, target); // fails rather than replaces, should a file appear meanwhile
                }
            }
        } catch (IOException e) {
            err.printf("%s: error: cannot create the site: %s%n", dir, e.getMessage());
            return 1;
        }
        out.printf("Created a new site in %s: site.yaml, content/index.md, content/guide.md%n", dir);
        out.printf("Next:  cd %s && kiln serve --open%n", quoted(dir.toString()));
        return 0;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A folder name as the shell needs it typed. */
    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9._/+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
