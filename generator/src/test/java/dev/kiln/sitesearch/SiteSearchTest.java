package dev.kiln.sitesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published index of the article and of the English fixture, queried on the JVM with the page's own code. */
class SiteSearchTest {
    @TempDir
    static Path tmp;
    static Path article;
    static Path english;

    @BeforeAll
    static void build() {
        article = tmp.resolve("article");
        TestSites.buildArticle(article, null);
        english = tmp.resolve("english");
        TestSites.buildFixture("english", english);
    }

    /** The issue's queries, each with the section a reader looks for: it must be among the first three. */
    @Test
    void chineseQueriesFindTheirSections() {
        PublishedIndex index = new PublishedIndex(article);
        String[][] cases = SearchCases.ARTICLE;
        for (String[] c : cases) assertTrue(index.urls(c[0], 3).contains(c[1]), c[0] + " finds " + c[1] + " in its first three: " + index.urls(c[0], 3));
    }

    @Test
    void theFullReportIsNotAResult() {
        PublishedIndex index = new PublishedIndex(article);
        for (String q : new String[] {"梯度", "大模型", "Adam"}) {
            assertFalse(index.urls(q, 100).stream().anyMatch(u -> u.startsWith("report.html")), q);
        }
    }

    /** Every page and every heading is found by searching its own title, in the first three results. */
    @Test
    void everyPageAndHeadingIsFoundByItsTitle() throws IOException {
        for (Path site : new Path[] {article, english}) {
            PublishedIndex index = new PublishedIndex(site);
            List<String> missed = new ArrayList<>();
            int checked = 0;
            for (String[] target : targets(site)) {
                checked++;
                if (!index.urls(target[0], 3).contains(target[1])) missed.add(target[0] + " -> " + target[1] + " got " + index.urls(target[0], 3));
            }
            assertTrue(checked > 5, "headings read: " + checked);
            assertEquals(List.of(), missed, site.getFileName() + ": " + checked + " titles searched");
        }
    }

    /** Each page's title (its {@code <h1>}) and each heading with an id, read from the published HTML. */
    private static List<String[]> targets(Path site) throws IOException {
        List<String[]> targets = new ArrayList<>();
        Pattern title = Pattern.compile("<h1 class=\"page-title\">(.*?)</h1>");
        Pattern heading = Pattern.compile("<h[2-6] id=\"([^\"]+)\">(.*?)<a class=\"anchor\"");
        try (var files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String url = site.relativize(file).toString().replace('\\', '/');
                if (url.equals("report.html") || url.equals("404.html") || url.startsWith("assets/")) continue;
                String html = Files.readString(file);
                String main = html.substring(html.indexOf("<main"));
                Matcher t = title.matcher(main);
                if (t.find()) targets.add(new String[] {text(t.group(1)), url});
                Matcher h = heading.matcher(main);
                while (h.find()) targets.add(new String[] {text(h.group(2)), url + "#" + h.group(1)});
            }
        }
        return targets;
    }

    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

    @Test
    void markupInAHeadingIsTextInTheResult() {
        PublishedIndex index = new PublishedIndex(english);
        String json = index.result("onerror", 0);
        assertEquals("Markup in a heading: <img src=x onerror=alert(1)>", PublishedIndex.field(json, "heading"));
    }

    @Test
    void englishIsStemmedAndTheLastWordIsAPrefix() {
        PublishedIndex index = new PublishedIndex(english);
        assertEquals(index.urls("train", 3), index.urls("training ", 3), "training and train meet");
        assertFalse(index.urls("examp", 3).isEmpty(), "a word being typed matches as a prefix");
        assertTrue(index.urls("examp", 3).contains("glossary.html#running-the-examples"), index.urls("examp", 3).toString());
    }
}
