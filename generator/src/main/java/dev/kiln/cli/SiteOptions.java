package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code serve} share: where the site comes from and how it is built. */
public final class SiteOptions {
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

    @Option(names = "--cache", paramLabel = "DIR", description = "keeps rendered formulas, code, diagrams and demo runs between builds (default: ${DEFAULT-VALUE})")
    Path cache = Path.of(".kiln-cache");

    @Option(names = "--verbose", description = "print stack traces of internal errors and the time of each step")
    boolean verbose;

    BuildOptions toBuildOptions() {
        return new BuildOptions(content, templates, config, out, baseUrl, drafts, lenientMath, cache);
    }
}
