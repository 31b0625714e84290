package dev.kiln.config;

import dev.kiln.i18n.UiStrings;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Nearest;
import dev.kiln.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code site.yaml}. A missing file means all defaults; an unknown key is an error, since it is nearly always a typo. */
public final class SiteConfigLoader {
    private static final Set<String> KNOWN = Set.of("title", "description", "language", "author", "base-url", "params", "math", "code", "raw-html", "ui", "paper", "number-within", "bibliography", "citation-style", "date");

    private SiteConfigLoader() {}

    public static SiteConfig load(Path file) {
        if (file == null || !Files.exists(file)) return SiteConfig.defaults();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(file, "cannot read the config: " + e.getMessage(),
                    "check that the file is readable UTF-8"));
        }
        YamlMapping yaml = YamlMapping.parse(text, file, 1);
        List<Problem> problems = new ArrayList<>();
        for (String key : yaml.values().keySet()) {
            if (!KNOWN.contains(key)) {
                problems.add(Problem.at(file, yaml.lineOf(key, 1), 1, "unknown setting `" + key + "`",
                        "known settings are " + String.join(", ", KNOWN.stream().sorted().toList())
                                + "; put your own keys under `params:`"));
            }
        }
        SiteConfig d = SiteConfig.defaults();
        String baseUrl = SiteConfig.normalizeBaseUrl(yaml.string("base-url", ""));
        if (!baseUrl.isEmpty() && !isAbsoluteHttpUrl(baseUrl)) {
            problems.add(Problem.at(file, yaml.lineOf("base-url", 1), 1, "base-url must be an absolute http(s) URL, got `" + baseUrl + "`",
                    "for example `base-url: https://example.org/docs/`"));
        }
        Object params = yaml.values().getOrDefault("params", Map.of());
        if (!(params instanceof Map)) {
            problems.add(Problem.at(file, yaml.lineOf("params", 1), 1, "`params` must be a mapping of your own keys",
                    "for example:\nparams:\n  repo: https://example.org/repo"));
            params = Map.of();
        }
        Map<String, String> macros = new LinkedHashMap<>();
        boolean allFormulas = math(yaml, file, problems, macros);
        String within = yaml.string("number-within", "site");
        if (!within.equals("site") && !within.equals("section")) {
            problems.add(Problem.at(file, yaml.lineOf("number-within", 1), 1, "`number-within` is `site` (1, 2, 3 across the site) or `section` "
                    + "(4.1, 4.2 in the fourth section), got `" + within + "`", "it numbers formulas, figures and tables alike"));
        }
        Object code = yaml.values().getOrDefault("code", Map.of());
        Object linenos = code instanceof Map<?, ?> c ? (c.containsKey("linenos") ? c.get("linenos") : Boolean.FALSE) : null;
        if (!(linenos instanceof Boolean) || !((Map<?, ?>) code).keySet().stream().allMatch("linenos"::equals)) {
            problems.add(Problem.at(file, yaml.lineOf("code", 1), 1, "`code` takes one key, `linenos: true|false`",
                    "for example:\ncode:\n  linenos: true"));
            linenos = false;
        }
        RawHtml rawHtml = RawHtml.parse(yaml.string("raw-html", "allow"));
        if (rawHtml == null) {
            problems.add(Problem.at(file, yaml.lineOf("raw-html", 1), 1, "`raw-html` is `allow`, `sanitize` or `escape`",
                    "allow passes HTML in Markdown through; sanitize removes scripts, event handlers and unsafe URLs; escape shows it as text"));
        }
        String language = yaml.string("language", d.language());
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            problems.add(Problem.at(file, yaml.lineOf("language", 1), 1, "`language` must be a BCP 47 tag, got `" + language + "`",
                    "for example `language: en`, `zh-CN`, `ja` or `de-AT`"));
            language = d.language();
        }
        Map<String, String> ui = uiOverrides(yaml, file, problems);
        // the CSS page size printing uses; A4 is the paper of most of the world, Letter of North America
        String paper = yaml.string("paper", "a4").toLowerCase(java.util.Locale.ROOT);
        if (!paper.equals("a4") && !paper.equals("letter")) {
            problems.add(Problem.at(file, yaml.lineOf("paper", 1), 1, "`paper` is `a4` or `letter`, got `" + paper + "`",
                    "the page size used when a reader prints the site"));
        }
        String bibliography = yaml.string("bibliography", "");
        if (!bibliography.isEmpty() && (!bibliography.endsWith(".bib") || bibliography.startsWith("/") || bibliography.contains(".."))) {
            problems.add(Problem.at(file, yaml.lineOf("bibliography", 1), 1, "`bibliography` names a .bib file in the content folder, got `"
                    + bibliography + "`", "for example `bibliography: references.bib` for content/references.bib"));
        }
        String citationStyle = yaml.string("citation-style", "apa");
        if (!dev.kiln.cite.Styles.FILES.containsKey(citationStyle)) {
            problems.add(Problem.at(file, yaml.lineOf("citation-style", 1), 1, "`citation-style` is one of "
                    + String.join(", ", new java.util.TreeSet<>(dev.kiln.cite.Styles.FILES.keySet())) + ", got `" + citationStyle + "`",
                    "apa is author-date; ieee and gb-t-7714 (GB/T 7714-2015) are numeric"));
        }
        String date = yaml.string("date", "");
        if (!date.isEmpty() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            problems.add(Problem.at(file, yaml.lineOf("date", 1), 1, "`date` is a date such as 2026-12-07 (or 2026-12, or 2026), got `" + date + "`",
                    "the date the site was published, as scholarly indexes read it"));
        }
        if (!problems.isEmpty()) throw new BuildFailedException(problems);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) params;
        return new SiteConfig(yaml.string("title", d.title()), yaml.string("description", d.description()),
                language, yaml.string("author", d.author()), baseUrl, p,
                Map.copyOf(macros), (Boolean) linenos, rawHtml, UiStrings.of(language, ui), paper.equals("letter") ? "letter" : "A4",
                new NumberingStyle(allFormulas, within.equals("section")), new SiteConfig.CitationSettings(bibliography, citationStyle, date));
    }

    /** {@code math:}: TeX macros into {@code macros}; true when every display formula is numbered ({@code number: all}). */
    private static boolean math(YamlMapping yaml, Path file, List<Problem> problems, Map<String, String> macros) {
        Object math = yaml.values().getOrDefault("math", Map.of());
        int line = yaml.lineOf("math", 1);
        String example = "for example:\nmath:\n  macros:\n    \\R: \\mathbb{R}\n  number: labelled     # or all";
        if (!(math instanceof Map<?, ?> m) || !Set.of("macros", "number").containsAll(m.keySet())) {
            problems.add(Problem.at(file, line, 1, "`math` takes `macros` (a mapping of TeX macros) and `number`", example));
            return false;
        }
        Object macroMap = m.containsKey("macros") ? m.get("macros") : Map.of();
        if (macroMap instanceof Map<?, ?> mm) mm.forEach((k, v) -> macros.put(String.valueOf(k), String.valueOf(v)));
        else problems.add(Problem.at(file, line, 1, "`math.macros` must be a mapping of TeX macros", example));
        Object number = m.containsKey("number") ? m.get("number") : "labelled";
        if (!"labelled".equals(number) && !"all".equals(number)) {
            problems.add(Problem.at(file, line, 1, "`math.number` is `labelled` (only formulas with a label get a number) or `all`, got `"
                    + number + "`", example));
        }
        return "all".equals(number);
    }

    /** {@code ui:}, a mapping of UI string keys to the author's words; an unknown key is named with the nearest known one. */
    private static Map<String, String> uiOverrides(YamlMapping yaml, Path file, List<Problem> problems) {
        Object ui = yaml.values().getOrDefault("ui", Map.of());
        int line = yaml.lineOf("ui", 1);
        if (!(ui instanceof Map<?, ?> map)) {
            problems.add(Problem.at(file, line, 1, "`ui` must be a mapping of UI string keys to your words",
                    "for example:\nui:\n  next: Weiter"));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!UiStrings.keys().contains(key)) {
                problems.add(Problem.at(file, line, 1, "unknown UI string `ui." + key + "`",
                        "did you mean `" + Nearest.of(key, UiStrings.keys()) + "`? README \"UI strings\" lists every key"));
            } else if (e.getValue() instanceof Map || e.getValue() instanceof List || e.getValue() == null) {
                problems.add(Problem.at(file, line, 1, "`ui." + key + "` must be text", "for example `" + key + ": …`"));
            } else {
                out.put(key, String.valueOf(e.getValue()));
            }
        }
        return out;
    }

    /** An absolute http or https URL with a host; anything else (`javascript:`, junk) is refused wherever it is given. */
    public static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
