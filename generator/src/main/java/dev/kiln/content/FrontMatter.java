package dev.kiln.content;

import dev.kiln.config.YamlMapping;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typed keys Kiln itself reads from a page's front matter, plus every key (free ones included)
 * for templates as {@code page.params}.
 */
public record FrontMatter(String title, String description, double weight, boolean draft, String layout, String slug,
        boolean inNav, List<String> keywords, YamlMapping yaml) {

    public static final FrontMatter NONE = new FrontMatter("", "", 0, false, "", "", true, List.of(), YamlMapping.EMPTY);

    /** Reads and checks the typed keys; a wrongly typed value is reported at its line. */
    static FrontMatter of(YamlMapping yaml, Path file) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> v = yaml.values();
        String title = scalar(yaml, "title", file, problems);
        String description = scalar(yaml, "description", file, problems);
        String layout = scalar(yaml, "layout", file, problems);
        String slug = scalar(yaml, "slug", file, problems);
        double weight = 0;
        String weightKey = v.containsKey("weight") || !v.containsKey("order") ? "weight" : "order"; // `order` as in MkDocs plugins
        Object w = v.get(weightKey);
        if (w instanceof Number n) weight = n.doubleValue();
        else if (w != null) problems.add(typeProblem(yaml, weightKey, file, "a number", weightKey + ": 3"));
        boolean draft = bool(yaml, "draft", false, file, problems);
        boolean nav = bool(yaml, "nav", true, file, problems);
        List<String> keywords = new ArrayList<>();
        Object k = v.get("keywords");
        if (k instanceof List<?> list) list.forEach(x -> keywords.add(String.valueOf(x)));
        else if (k instanceof String s) for (String part : s.split("[,，]")) if (!part.isBlank()) keywords.add(part.strip());
        else if (k != null) problems.add(typeProblem(yaml, "keywords", file, "a list", "keywords: [a, b]"));
        if (!slug.isEmpty() && !slug.matches("[\\p{L}\\p{N}._-]+")) {
            problems.add(Problem.at(file, yaml.lineOf("slug", 1), 1, "slug `" + slug + "` has characters that do not belong in a file name",
                    "use letters, digits, `-`, `_` and `.` only"));
        }
        if (!problems.isEmpty()) throw new BuildFailedException(problems);
        return new FrontMatter(title, description, weight, draft, layout, slug, nav, List.copyOf(keywords), yaml);
    }

    private static String scalar(YamlMapping yaml, String key, Path file, List<Problem> problems) {
        Object value = yaml.values().get(key);
        if (value == null) return "";
        if (value instanceof Map || value instanceof List) {
            problems.add(typeProblem(yaml, key, file, "text", key + ": some text"));
            return "";
        }
        return String.valueOf(value);
    }

    private static boolean bool(YamlMapping yaml, String key, boolean fallback, Path file, List<Problem> problems) {
        Object value = yaml.values().get(key);
        if (value == null) return fallback;
        if (value instanceof Boolean b) return b;
        problems.add(typeProblem(yaml, key, file, "true or false", key + ": true"));
        return fallback;
    }

    private static Problem typeProblem(YamlMapping yaml, String key, Path file, String expected, String example) {
        return Problem.at(file, yaml.lineOf(key, 1), 1, "`" + key + "` must be " + expected, "for example `" + example + "`");
    }
}
