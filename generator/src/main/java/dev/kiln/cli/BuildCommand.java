package dev.kiln.cli;

import dev.kiln.pipeline.BuildResult;
import dev.kiln.pipeline.SiteBuilder;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kiln build}: one full build into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site into the output folder, replacing it only if the build succeeds.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:problems in the content, config or templates (all are listed)",
                "2:wrong command-line usage", "3:an internal error (please report it, with --verbose output)"})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--open", description = "open the built site in the default browser")
    boolean open;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but problems")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            long start = System.nanoTime();
            site.check();
            BuildResult result = new SiteBuilder().build(site.toBuildOptions(out));
            for (Problem w : result.warnings()) if (!quiet) err.println(Problems.asWarning(w));
            if (!quiet) {
                stdout.printf("Built %d pages (%d files) into %s in %d ms%n", result.pages(), result.files(), out,
                        (System.nanoTime() - start) / 1_000_000);
                for (String note : result.notes()) stdout.println("  note: " + note);
                if (site.verbose) {
                    stdout.println("  " + result.timings().summary());
                    stdout.println("  formulas rendered by KaTeX: " + result.formulasRendered() + "; pages parsed: " + result.parsed()
                            + ", laid out: " + result.laidOut() + " (the rest from the cache)");
                }
            }
            if (open) Browsers.open(out.resolve("index.html").toAbsolutePath().toUri(), stdout);
            return 0;
        } catch (BuildFailedException e) {
            Problems.print(e, err);
            err.printf("Build failed: %d problem%s. The output folder %s was not changed.%n", e.total(),
                    e.total() == 1 ? "" : "s", out);
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            return site.internalError(e, err);
        } finally {
            err.flush();
            stdout.flush();
        }
    }
}
