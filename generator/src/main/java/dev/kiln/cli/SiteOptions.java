package dev.kiln.cli;

import dev.kiln.pipeline.BuildOptions;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code serve} share: where the site comes from and how it is built. */
public final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "Markdown folder (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "your theme files: each one there replaces the built-in theme's file of that name (default: templates, if it exists)")
    Path templates;

    @Option(names = "--config", paramLabel = "FILE", description = "site settings (default: site.yaml if it exists; a file named here must exist)")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is published at (overrides base-url in the settings)")
    String baseUrl;

    @Option(names = "--drafts", description = "also publish pages marked `draft: true`")
    boolean drafts;

    @Option(names = "--lenient-math", description = "show formulas KaTeX cannot parse in red in the page, instead of failing")
    boolean lenientMath;

    @Option(names = "--cache", paramLabel = "DIR", description = "keeps rendered formulas, code, diagrams and demo runs between builds (default: ${DEFAULT-VALUE})")
    Path cache = Path.of(".kiln-cache");

    @Option(names = "--verbose", description = "print stack traces of internal errors and the time of each step")
    boolean verbose;

    /** Says that Kiln itself failed, with the stack trace only under {@code --verbose}; returns exit code 3. */
    int internalError(Throwable e, java.io.PrintWriter err) {
        err.println("internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)"));
        if (verbose) e.printStackTrace(err);
        return 3;
    }

    /** @param out where the site is written ({@code serve} keeps it in memory and never writes there) */
    BuildOptions toBuildOptions(Path out) {
        return new BuildOptions(content, templates == null ? DEFAULT_TEMPLATES : templates, config == null ? DEFAULT_CONFIG : config, out, baseUrl, drafts, lenientMath, cache);
    }

    private static final Path DEFAULT_CONFIG = Path.of("site.yaml");
    private static final Path DEFAULT_TEMPLATES = Path.of("templates");

    /**
     * Refuses what would otherwise be ignored without a word: a settings file or theme folder named
     * on the command line that is not there, and a cache that cannot be a folder.
     *
     * @throws BuildFailedException naming the option's path
     */
    void check() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new BuildFailedException(Problem.inFile(config, "the settings file given with --config does not exist",
                    "check the path, or leave --config out to use site.yaml when there is one"));
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new BuildFailedException(Problem.inFile(templates, "the theme folder given with --templates does not exist",
                    "check the path, or leave --templates out to use the built-in theme (with templates/ in front of it when there is one)"));
        }
        if (cache != null) {
            try {
                Files.createDirectories(cache);
            } catch (IOException e) {
                throw new BuildFailedException(Problem.inFile(cache, "cannot use this as the cache folder: "
                        + (Files.exists(cache) ? "it is a file" : e.getMessage()), "pass --cache DIR with a folder you can write to"));
            }
        }
    }
}
