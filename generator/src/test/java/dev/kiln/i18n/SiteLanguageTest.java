package dev.kiln.i18n;

import static dev.kiln.TestSites.read;
import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's words follow the site's language: an English site shows no Chinese, the article keeps all of its Chinese. */
class SiteLanguageTest {
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303f\\uff00-\\uffef]");

    @TempDir
    static Path shared;
    static Path english;
    static Path article;

    @BeforeAll
    static void build() {
        english = shared.resolve("english");
        TestSites.buildFixture("english", english);
        article = shared.resolve("article");
        TestSites.buildArticle(article, null);
    }

    private static List<Path> files(Path site, String... endings) throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(f -> Stream.of(endings).anyMatch(f.toString()::endsWith)).sorted().toList();
        }
    }

    /** An editor's note without a title gets the language's words for one, and the home page lists it, linked. */
    @Test
    void anEditorsNoteIsTitledInTheSitesLanguageAndListedOnTheHomePage() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(english.resolve("guide/training.html").toFile(), "UTF-8");
        org.jsoup.nodes.Element note = page.getElementById("editor-note-1");
        assertTrue(note != null && note.hasClass("admonition-editor"), "the note has its id and its own class");
        assertEquals("Editor's note", note.selectFirst(".admonition-title").text());
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(english.resolve("index.html").toFile(), "UTF-8");
        assertEquals("Editor's notes", home.selectFirst("#editor-notes-title").text());
        org.jsoup.nodes.Element link = home.selectFirst(".editor-note-list a");
        assertEquals("guide/training.html#editor-note-1", link.attr("href"));
        assertEquals("Editor's note", link.text());
    }

    /** The English fixture's own text is all English, so any CJK character in its pages or theme scripts came from Kiln. */
    @Test
    void anEnglishSiteShowsNoChineseAnywhere() throws Exception {
        for (Path f : files(english, ".html", ".js", ".css", ".svg", ".xml")) {
            if (f.toString().contains("/assets/katex/") || f.toString().contains("/assets/mermaid/") || f.toString().contains("/assets/demo/")) continue;
            String text = read(f);
            Matcher m = CJK.matcher(text);
            if (m.find()) {
                int at = m.start();
                throw new AssertionError(english.relativize(f) + " shows «" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40)) + "»");
            }
        }
        String training = read(english.resolve("guide/training.html"));
        assertTrue(training.contains("<html lang=\"en\""), "lang");
        assertTrue(training.contains(">Skip to content</a>"));
        assertTrue(training.contains(">On this page</p>"));
        assertTrue(training.contains("Built with Kiln"));
        assertTrue(training.contains("<span class=\"pager-label\">Previous</span>") || training.contains("<span class=\"pager-label\">Next</span>"));
        assertTrue(training.contains("\"demoTrain\":\"Train\""), "the demo widget's words travel with the page");
        assertTrue(read(english.resolve("404.html")).contains(">Page not found</h1>"));
    }

    @Test
    void theArticleKeepsItsChineseChrome() throws Exception {
        String page = read(article.resolve("02-core-concepts.html"));
        for (String word : new String[] {"<html lang=\"zh-CN\"", ">跳到正文</a>", ">本页内容</p>", "aria-label=\"章节导航\"", "由 Kiln 生成", "\"copy\":\"复制\""}) {
            assertTrue(page.contains(word), word);
        }
        assertTrue(read(article.resolve("404.html")).contains(">找不到这个页面</h1>"));
    }

    @Test
    void aSiteThatSaysNothingIsEnglish(@TempDir Path dir) {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: Home\n---\n\n!!! note\n    A note.\n");
        TestSites.build(site);
        String home = read(site.resolve("out/index.html"));
        assertTrue(home.contains("<html lang=\"en\""), "language defaults to en");
        assertTrue(home.contains(">Note</"), "the admonition's default title is English");
    }

    @Test
    void siteYamlOverridesAnyStringAndOtherLanguagesHaveTheirTables(@TempDir Path dir) {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "site.yaml", "title: Notizen\nlanguage: de\nui:\n  next: Weiter geht's\n");
        write(site, "content/index.md", "---\ntitle: Start\n---\n\nHallo.\n");
        write(site, "content/a.md", "---\ntitle: A\n---\n\n!!! tip\n    Ein Tipp.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n");
        write(site, "content/b.md", "---\ntitle: B\n---\n\nB.\n");
        TestSites.build(site);
        String a = read(site.resolve("out/a.html"));
        assertTrue(a.contains(">Zum Inhalt springen</a>"));
        assertTrue(a.contains("<span class=\"pager-label\">Weiter geht's</span>") || a.contains("Weiter geht&#39;s") || a.contains("Weiter geht&apos;s"), a);
        assertTrue(a.contains(">Tipp</"), "admonition title in German");
        assertTrue(a.contains("Flussdiagramm, von links nach rechts, 2 Knoten, 1 Verbindungen."), "the diagram's description");
    }

    @Test
    void anUnknownUiKeyIsATypoWithTheNearestKeyAsHint(@TempDir Path dir) {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "site.yaml", "title: T\nui:\n  nxet: Onward\n");
        write(site, "content/index.md", "# Home\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site));
        String p = e.problems().get(0).format();
        assertTrue(p.contains("site.yaml:2:1") && p.contains("ui.nxet") && p.contains("`next`"), p);
    }

    @Test
    void aLanguageThatIsNotATagIsRefused(@TempDir Path dir) {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "site.yaml", "language: \"en\\\" onload=\\\"x\"\n");
        write(site, "content/index.md", "# Home\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).format().contains("BCP 47"), e.problems().get(0).format());
    }
}
