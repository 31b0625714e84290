package dev.kiln.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.kiln.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CommonMark spec's 652 examples (0.31.2, from the {@code commonmark-spec} npm package,
 * vendored in {@code src/test/resources/commonmark/}) through Kiln's Markdown stage. Kiln must
 * pass every example that flexmark's plain CommonMark parser passes, except the deliberate
 * differences listed below (and in docs/markdown.md): each is an extension a Kiln author asked for.
 * The counts go to {@code target/commonmark-report.txt}.
 */
class CommonMarkSpecTest {
    private static final Path SPEC = TestSites.projectRoot().resolve("generator/src/test/resources/commonmark/spec-0.31.2.txt");

    /** Examples Kiln renders differently on purpose, by number, with the extension responsible. */
    static final Map<Integer, String> DELIBERATE = new TreeMap<>(Map.of(
            // GFM autolinks (flexmark-ext-autolink): a bare URL or e-mail address in text is a link,
            // also when CommonMark's own <…> autolink does not match
            602, "autolink extension: the URL before the space is a link",
            608, "autolink extension: the URL inside < … > is a link",
            611, "autolink extension: a bare URL is a link",
            612, "autolink extension: a bare e-mail address is a link"));

    record Example(int number, String section, String markdown, String html) {}

    @Test
    void kilnPassesEveryExampleFlexmarksCommonMarkParserPasses() throws IOException {
        List<Example> examples = examples(Files.readString(SPEC, StandardCharsets.UTF_8));
        assertEquals(652, examples.size(), "the spec's example count");
        MarkdownEngine kiln = new MarkdownEngine();
        Parser plainParser = Parser.builder().build();
        HtmlRenderer plainRenderer = HtmlRenderer.builder().build();

        int kilnPasses = 0;
        int flexmarkPasses = 0;
        List<String> regressions = new ArrayList<>();
        List<String> deliberate = new ArrayList<>();
        List<String> bothFail = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Example e : examples) {
            String expected = normalize(e.html());
            boolean flexmarkOk = normalize(plainRenderer.render(plainParser.parse(e.markdown()))).equals(expected);
            String ours = normalize(undecorate(kiln.render(kiln.parse(e.markdown()), RenderScope.PLAIN)));
            boolean kilnOk = ours.equals(expected);
            if (flexmarkOk) flexmarkPasses++;
            if (kilnOk) kilnPasses++;
            if (!flexmarkOk && !kilnOk) bothFail.add(e.number() + " (" + e.section() + ")");
            if (flexmarkOk && !kilnOk) {
                String line = "example " + e.number() + " (" + e.section() + "): " + e.markdown().replace("\n", "⏎") + " → " + ours;
                if (DELIBERATE.containsKey(e.number())) deliberate.add(line + "   [" + DELIBERATE.get(e.number()) + "]");
                else regressions.add(line);
            }
        }
        report.append("CommonMark 0.31.2: ").append(examples.size()).append(" examples\n")
                .append("flexmark's CommonMark parser passes ").append(flexmarkPasses).append('\n')
                .append("Kiln's Markdown stage passes ").append(kilnPasses).append('\n')
                .append("deliberate differences: ").append(deliberate.size()).append('\n');
        deliberate.forEach(d -> report.append("  ").append(d).append('\n'));
        report.append("failed by flexmark and Kiln alike: ").append(String.join(", ", bothFail)).append('\n');
        regressions.forEach(r -> report.append("  REGRESSION ").append(r).append('\n'));
        Path out = TestSites.projectRoot().resolve("generator/target/commonmark-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);

        assertTrue(regressions.isEmpty(), regressions.size() + " examples flexmark passes and Kiln does not:\n" + String.join("\n", regressions));
        for (int n : DELIBERATE.keySet()) {
            assertTrue(deliberate.stream().anyMatch(d -> d.startsWith("example " + n + " ")),
                    "example " + n + " is listed as a deliberate difference but Kiln now matches the spec: take it off the list");
        }
    }

    /** The spec's examples: a fence of 32 backticks and {@code example}, Markdown, a {@code .} line, HTML; → stands for a tab. */
    static List<Example> examples(String spec) {
        List<Example> out = new ArrayList<>();
        String fence = "`".repeat(32);
        String[] lines = spec.replace("\r\n", "\n").split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("<!-- END TESTS -->")) break;
            if (line.startsWith("#")) section = line.replaceFirst("^#+\\s*", "");
            if (!line.equals(fence + " example")) continue;
            StringBuilder md = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder into = md;
            for (i++; !lines[i].equals(fence); i++) {
                if (lines[i].equals(".") && into == md) { into = html; continue; }
                into.append(lines[i].replace('→', '\t')).append('\n');
            }
            out.add(new Example(out.size() + 1, section, md.toString(), html.toString()));
        }
        return out;
    }

    /**
     * Takes off the markup Kiln adds around what CommonMark produces, so that behaviour is
     * compared and not decoration: heading ids and their anchor links, and the code block's
     * wrapper with its label and keyboard focus.
     */
    static String undecorate(String html) {
        return html.replaceAll("<a class=\"anchor\" href=\"#[^\"]*\" aria-hidden=\"true\" tabindex=\"-1\">#</a>", "")
                .replaceAll("<(h[1-6]) id=\"[^\"]*\">", "<$1>")
                .replaceAll("<div class=\"code-block\"(?: data-lang=\"[^\"]*\")?><pre class=\"code\" tabindex=\"0\">", "<pre>")
                .replace("</pre></div>", "</pre>");
    }

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

    /** Whitespace between tags and self-closing slashes do not change what a browser shows. */
    static String normalize(String html) {
        return BETWEEN_TAGS.matcher(html.replace(" />", ">").replace("/>", ">")).replaceAll("><").strip();
    }
}
