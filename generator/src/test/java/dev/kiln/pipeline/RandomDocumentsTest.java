package dev.kiln.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.HtmlChecker;
import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random documents, built from the constructs authors use (and misuse), through the
 * whole pipeline. Each build ends in pages or in reported problems, never in any other exception;
 * every page of a build that succeeds parses as HTML without a single error. Seeded, so a failure
 * names the seed that reproduces it.
 */
class RandomDocumentsTest {
    private static final int BUILDS = 40;
    private static final int PAGES = 50;

    @TempDir
    Path tmp;

    @Test
    void everyRandomDocumentEndsInAPageOrAProblem() throws Exception {
        Path cache = tmp.resolve("cache");
        int built = 0;
        int refused = 0;
        for (int seed = 1; seed <= BUILDS; seed++) {
            Path site = TestSites.create(tmp.resolve("s" + seed));
            Random random = new Random(seed);
            for (int p = 0; p < PAGES; p++) TestSites.write(site, "content/p" + p + ".md", new RandomDocument(random, PAGES, seed % 2 == 0).page());
            BuildOptions options = new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                    site.resolve("out"), null, false, true, cache);
            try {
                new SiteBuilder().build(options);
                built++;
            } catch (BuildFailedException e) {
                assertTrue(e.total() > 0, "a failed build names its problems (seed " + seed + ")");
                for (var problem : e.problems()) assertTrue(problem.file() != null, "seed " + seed + ": " + problem.format());
                refused++;
                continue;
            } catch (Throwable t) {
                fail("seed " + seed + ": the build threw " + t, t);
            }
            for (Path page : HtmlChecker.pages(site.resolve("out"))) {
                Parser parser = Parser.htmlParser().setTrackErrors(10);
                String html = Files.readString(page);
                Jsoup.parse(html, "", parser);
                ParseErrorList errors = parser.getErrors();
                if (!errors.isEmpty()) {
                    String md = Files.readString(site.resolve("content").resolve(page.getFileName().toString().replace(".html", ".md")));
                    fail("seed " + seed + ", " + page.getFileName() + ": " + errors + "\nat: " + around(html, errors.get(0).getPosition()) + "\nfrom:\n" + md);
                }
            }
            if (seed == 1) {
                List<String> errors = HtmlChecker.siteErrors(site.resolve("out"));
                assertTrue(errors.isEmpty(), "seed 1 is valid HTML: " + String.join("\n", errors.stream().limit(20).toList()));
            }
        }
        System.out.printf("random documents: %d builds of %d pages, %d built, %d refused with problems%n", BUILDS, PAGES, built, refused);
        assertEquals(BUILDS, built + refused);
        assertTrue(built >= BUILDS / 4 && refused >= BUILDS / 4, "the generator makes both good and broken sites: " + built + " built, " + refused + " refused");
    }

    private static String around(String text, int offset) {
        return text.substring(Math.max(0, offset - 300), Math.min(text.length(), offset + 100));
    }

    /** One random page: front matter, then blocks drawn from what authors write, nested a little. */
    static final class RandomDocument {
        private static final String[] FORMULAS = {"x^2", "\\frac{a}{b}", "\\sum_{i=1}^n i", "\\sqrt{2}", "\\nosuch", "\\frac{1}{", "a_{", "\\text{中文}",
                "\\mathbb{R}", "e^{i\\pi} + 1 = 0", "\\begin{matrix}a&b\\\\c&d\\end{matrix}", "\\href{javascript:x}{y}"};
        private static final String[] CODE = {"print('hi')  # comment", "for i in range(3):\n    pass", "SELECT * FROM t;", "<b>&amp;</b>", "`", "$x$"};
        private static final String[] LANGS = {"python", "sql", "", "text", "html", "nosuchlang"};
        private static final String[] CHARTS = {"graph TD\nA --> B", "graph LR\nA[开始] -->|是| B{判断}\nB -- 否 --> C((结束))",
                "flowchart TD\nsubgraph S\nA --> B\nend\nB --> C", "graph TD\nA - B", "graph XY\nA --> B", "graph TD\nA --> B\nclick A cb"};
        private static final String[] WORDS = {"模型", "训练", "the", "gradient", "*stress*", "**bold**", "`code`", "$5", "\\$", "<", "&", "_x_",
                "[link]", "~~old~~", "https://example.org", "<b>raw</b>", "[^1]", "大模型", "ü", "\u200b", "#", "|", "\\("};

        /** Charts and links that fail a build; a clean document has none of them. */
        private static final int GOOD_CHARTS = 3;
        private static final int GOOD_LINKS = 3;

        private final Random random;
        private final int pages;
        private final boolean clean;
        private final StringBuilder out = new StringBuilder();

        /** @param clean only constructs that build (bad formulas still appear: the test builds with --lenient-math) */
        RandomDocument(Random random, int pages, boolean clean) {
            this.random = random;
            this.pages = pages;
            this.clean = clean;
        }

        String page() {
            switch (random.nextInt(8)) {
                case 0 -> out.append("---\ntitle: ").append(scalar(words(3))).append("\nweight: ").append(random.nextInt(10)).append("\n---\n\n");
                case 1 -> out.append(clean ? "---\nweight: 1\n---\n\n" : "---\ntitle: [" + words(2) + "\n---\n\n");
                case 2 -> out.append("---\ntitle: ").append(scalar(words(2))).append("\ndescription: ").append(scalar(words(5))).append("\n---\n\n");
                default -> { }
            }
            int blocks = 1 + random.nextInt(12);
            for (int i = 0; i < blocks; i++) block(0);
            return out.toString();
        }

        private void block(int depth) {
            switch (random.nextInt(depth > 2 ? 6 : 13)) {
                case 0 -> out.append("#".repeat(1 + random.nextInt(4))).append(' ').append(words(3)).append("\n\n");
                case 1, 2 -> out.append(words(8 + random.nextInt(20))).append("\n\n");
                case 3 -> out.append("$$\n").append(pick(FORMULAS)).append("\n$$\n\n");
                case 4 -> out.append("Inline \\(").append(pick(FORMULAS)).append("\\) and $").append(pick(FORMULAS)).append("$ here.\n\n");
                case 5 -> out.append(link()).append(' ').append(words(3)).append("\n\n");
                case 6 -> out.append("```").append(pick(LANGS)).append('\n').append(pick(CODE)).append("\n```\n\n");
                case 7 -> out.append("```mermaid\n").append(CHARTS[random.nextInt(clean ? GOOD_CHARTS : CHARTS.length)]).append("\n```\n\n");
                case 8 -> {
                    int columns = 1 + random.nextInt(4);
                    out.append("| ").append("h | ".repeat(columns)).append("\n|").append("---|".repeat(columns)).append('\n');
                    for (int r = 0; r < 3; r++) out.append("| ").append(words(1)).append(" | ").append(words(1)).append(" |\n");
                    out.append('\n');
                }
                case 9 -> nested(depth, "- ");
                case 10 -> nested(depth, "> ");
                case 11 -> {
                    out.append(random.nextBoolean() ? "!!! note \"" : "??? warning \"").append(words(2)).append("\"\n");
                    out.append("    ").append(words(6)).append("\n\n");
                }
                default -> out.append("- [x] ").append(words(2)).append("\n- [ ] ").append(words(2)).append("\n\nTerm\n: ").append(words(3))
                        .append("\n\n[^1]: ").append(words(4)).append("\n\n");
            }
        }

        private void nested(int depth, String marker) {
            String prefix = marker.repeat(1 + random.nextInt(3));
            out.append(prefix).append(words(4)).append('\n');
            if (depth < 4 && random.nextBoolean()) {
                out.append("  ".repeat(depth + 1)).append(marker).append(words(3)).append('\n');
            }
            out.append('\n');
        }

        /** As YAML: quoted in a clean document, bare (and often malformed) otherwise. */
        private String scalar(String text) {
            return clean ? "'" + text.replace("'", "''") + "'" : text;
        }

        private String link() {
            return switch (random.nextInt(clean ? GOOD_LINKS : 7)) {
                case 0 -> "[p](p" + random.nextInt(pages) + ".md)";
                case 1 -> "[ext](https://example.org/" + random.nextInt(9) + ")";
                case 2 -> "[mail](mailto:a@example.org) <https://example.org>";
                case 3 -> "[missing](nowhere" + random.nextInt(3) + ".md)";
                case 4 -> "[anchor](#no-such-anchor)";
                default -> "[bad](JavaScript:alert(1))";
            };
        }

        private String words(int n) {
            List<String> w = new ArrayList<>();
            for (int i = 0; i < n; i++) w.add(pick(WORDS));
            return String.join(" ", w);
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
