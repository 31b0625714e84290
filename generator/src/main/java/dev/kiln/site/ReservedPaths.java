package dev.kiln.site;

import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output paths a content file may not take: those Kiln writes itself (the theme's assets, the
 * 404 page, robots.txt, the sitemap, the manifest, the KaTeX, mermaid.js and demo engine files),
 * which would otherwise silently replace the author's file or be replaced by it. Also warns of
 * paths that differ only in case: they collide on case-insensitive hosts and disks.
 */
public final class ReservedPaths {
    private static final Set<String> GENERATED = Set.of("404.html", "robots.txt", "sitemap.xml", ".kiln-build");
    private static final List<String> GENERATED_FOLDERS = List.of("assets/katex/", "assets/mermaid/", "assets/demo/", "assets/search/");

    private ReservedPaths() {}

    /** @param themeAssets output paths of the theme's files, such as {@code assets/kiln.js} */
    public static void check(SiteIndex index, Path contentRoot, Set<String> themeAssets, Problems problems) {
        Map<String, String> byLowerCase = new HashMap<>();
        for (PageInfo page : index.pages()) {
            reserved(page.url(), page.source().displayPath(), themeAssets, problems);
            caseCollision(page.url(), page.source().displayPath(), byLowerCase, problems);
        }
        for (String asset : index.assets()) {
            reserved(asset, contentRoot.resolve(asset), themeAssets, problems);
            caseCollision(asset, contentRoot.resolve(asset), byLowerCase, problems);
        }
    }

    private static void reserved(String output, Path source, Set<String> themeAssets, Problems problems) {
        String why = themeAssets.contains(output) ? "the theme's own `" + output + "`"
                : GENERATED.contains(output) ? "`" + output + "`, which Kiln generates"
                : GENERATED_FOLDERS.stream().anyMatch(output::startsWith) ? "a file Kiln publishes under `" + output.substring(0, output.indexOf('/', 7) + 1) + "`"
                : null;
        if (why == null) return;
        problems.add(Problem.inFile(source, "this file would replace " + why,
                "rename or move it; to change the theme, put your file in templates/ instead"));
    }

    private static void caseCollision(String output, Path source, Map<String, String> byLowerCase, Problems problems) {
        String earlier = byLowerCase.putIfAbsent(output.toLowerCase(Locale.ROOT), output);
        if (earlier != null && !earlier.equals(output)) {
            problems.warn(Problem.inFile(source, "`" + output + "` and `" + earlier + "` differ only in case: on macOS, Windows and many"
                    + " hosts they are one file, and one page will replace the other", "rename one of them"));
        }
    }
}
