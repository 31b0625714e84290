package dev.kiln.render;

import dev.kiln.content.SourceFile;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page's {@code nocite} front matter (Pandoc's): works its references list shows though the
 * text does not cite them, as {@code "@a, @b"}, a list of keys, or {@code "@*"} for every entry.
 */
final class Nocite {
    private Nocite() {}

    static List<String> of(SourceFile source, Set<String> keys, Problems problems) {
        Object value = source.frontMatter().yaml().values().get("nocite");
        if (value == null) return List.of();
        List<String> written = new ArrayList<>();
        if (value instanceof List<?> list) list.forEach(v -> written.add(String.valueOf(v)));
        else for (String part : String.valueOf(value).split("[,;\\s]+")) if (!part.isBlank()) written.add(part);
        List<String> out = new ArrayList<>();
        int line = source.frontMatter().yaml().lineOf("nocite", 1);
        for (String w : written) {
            String key = w.startsWith("@") ? w.substring(1) : w;
            if (keys == null) {
                problems.add(Problem.at(source.displayPath(), line, 1, "`nocite`, but the site has no bibliography",
                        "add `bibliography: references.bib` to site.yaml"));
                return List.of();
            }
            if (!key.equals("*") && !keys.contains(key)) {
                problems.add(Problem.at(source.displayPath(), line, 1, "`nocite` names `" + key + "`, which the bibliography does not have",
                        "list keys from the .bib file, or `@*` for all of them"));
                continue;
            }
            out.add(key);
        }
        return out;
    }
}
