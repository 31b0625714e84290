package dev.kiln.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content   the Markdown folder
 * @param templates the layouts folder (its {@code assets/} subfolder is published as {@code assets/})
 * @param config    site.yaml; absent means defaults
 * @param out       the output folder, replaced as a whole on success
 * @param baseUrl   overrides site.yaml's base-url when not null
 * @param drafts    publish pages marked {@code draft: true}
 */
public record BuildOptions(Path content, Path templates, Path config, Path out, String baseUrl, boolean drafts) {

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site.yaml"), Path.of("site"), null, false);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(content, templates, config, dir, baseUrl, drafts);
    }
}
