package dev.kiln.pipeline;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content     the Markdown folder
 * @param templates   the layouts folder (its {@code assets/} subfolder is published as {@code assets/})
 * @param config      site.yaml; absent means defaults
 * @param out         the output folder, replaced as a whole on success
 * @param baseUrl     overrides site.yaml's base-url when not null
 * @param drafts      publish pages marked {@code draft: true}
 * @param lenientMath show formula errors in red in the page instead of failing the build
 * @param cache       folder for rendered formulas and highlighted code, kept between builds; null keeps them in memory only
 */
public record BuildOptions(Path content, Path templates, Path config, Path out, String baseUrl, boolean drafts,
        boolean lenientMath, Path cache) {

    public BuildOptions(Path content, Path templates, Path config, Path out, String baseUrl, boolean drafts) {
        this(content, templates, config, out, baseUrl, drafts, false, null);
    }

    public BuildOptions withLenientMath(boolean lenient) {
        return new BuildOptions(content, templates, config, out, baseUrl, drafts, lenient, cache);
    }
}
