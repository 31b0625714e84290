package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.BuildResult;
import dev.kiln.build.SiteBuilder;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kiln build}: one full build into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder, replacing it only if the build succeeds.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:problems in the content, config or templates (all are listed)",
                "2:wrong command-line usage", "3:an internal error (please report it, with --verbose output)"})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", description = "Markdown folder (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "layouts folder (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--config", paramLabel = "FILE", description = "site settings, optional (default: ${DEFAULT-VALUE})")
    Path config = Path.of("site.yaml");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is published at; overrides site.yaml")
    String baseUrl;

    @Option(names = "--drafts", description = "also publish pages marked `draft: true`")
    boolean drafts;

    @Option(names = "--lenient-math", description = "show formulas KaTeX cannot parse in red in the page, instead of failing")
    boolean lenientMath;

    @Option(names = "--cache", paramLabel = "DIR", description = "keeps rendered formulas and highlighted code between builds (default: ${DEFAULT-VALUE})")
    Path cache = Path.of(".kiln-cache");

    @Option(names = "--open", description = "open the built site in the default browser")
    boolean open;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but problems")
    boolean quiet;

    @Option(names = "--verbose", description = "print stack traces of internal errors and the time of each step")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            long start = System.nanoTime();
            BuildResult result = new SiteBuilder().build(new BuildOptions(content, templates, config, out, baseUrl, drafts, lenientMath, cache));
            for (Problem w : result.warnings()) if (!quiet) err.println(w.format().replace(": error: ", ": warning: "));
            if (!quiet) {
                stdout.printf("Built %d pages (%d files) into %s in %d ms%n", result.pages(), result.files(), out,
                        (System.nanoTime() - start) / 1_000_000);
                if (verbose) {
                    stdout.println("  " + result.timings().summary());
                    stdout.println("  formulas rendered by KaTeX: " + result.formulasRendered() + " (the rest from the cache)");
                }
            }
            if (open) openInBrowser(out.resolve("index.html"), stdout);
            return 0;
        } catch (BuildFailedException e) {
            List<Problem> problems = e.problems();
            problems.forEach(p -> err.println(p.format()));
            err.printf("Build failed: %d problem%s. The output folder %s was not changed.%n", problems.size(),
                    problems.size() == 1 ? "" : "s", out);
            return 1;
        } catch (RuntimeException e) {
            err.println("internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)"));
            if (verbose) e.printStackTrace(err);
            return 3;
        } finally {
            err.flush();
            stdout.flush();
        }
    }

    /** Prints the address, then asks the desktop to open it; on a machine without one, the address is what counts. */
    private static void openInBrowser(Path index, PrintWriter out) {
        URI uri = index.toAbsolutePath().toUri();
        out.println("Opening " + uri);
        out.flush();
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return;
            }
            String os = System.getProperty("os.name").toLowerCase();
            String opener = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
            new ProcessBuilder(opener, uri.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            out.println("No browser could be started here; open the address above.");
        }
    }
}
