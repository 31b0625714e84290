package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.search.text.JvmFolding;
import dev.kiln.search.text.Tokenizer;
import dev.kiln.search.text.Word;
import dev.kiln.sitesearch.SearchCases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header's search box on the article, typed into as a reader types, from disk and over HTTP. */
class SearchInBrowserTest extends ArticleInBrowser {
    private static final String[][] QUERIES = SearchCases.ARTICLE;

    static List<String> type(String query) {
        return SearchBox.type(driver, query);
    }

    private static void open(String url) {
        SearchBox.open(driver, url);
    }

    @Test
    void eachQueryFindsItsSectionInTheFirstThreeFromDisk() {
        open(site.resolve("04-math-models.html").toUri().toString());
        for (String[] q : QUERIES) {
            List<String> links = type(q[0]);
            assertTrue(links.subList(0, Math.min(3, links.size())).contains(q[1]), q[0] + ": " + links);
        }
    }

    @Test
    void searchWorksOverHttpToo() {
        try (StaticServer server = new StaticServer(site)) {
            open(server.url("index.html"));
            for (String[] q : new String[][] {QUERIES[1], QUERIES[6], QUERIES[7]}) {
                List<String> links = type(q[0]);
                assertTrue(links.subList(0, Math.min(3, links.size())).contains(q[1]), q[0] + ": " + links);
            }
        }
    }

    @Test
    void keyboardOnly() {
        open(site.resolve("index.html").toUri().toString());
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("/");
        assertEquals("kiln-search-input", js("return document.activeElement.id"), "/ focuses the box");
        List<String> links = type("反向传播");
        assertTrue(links.size() >= 2);
        WebElement input = driver.findElement(By.id("kiln-search-input"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("kiln-search-option-1", input.getAttribute("aria-activedescendant"));
        assertEquals("true", js("return document.getElementById('kiln-search-option-1').getAttribute('aria-selected')"));
        assertEquals("true", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("kiln-search-option-" + (links.size() - 1), input.getAttribute("aria-activedescendant"), "up from the first wraps to the last");
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"), "Esc closes the list");
        assertEquals(Boolean.TRUE, js("return document.querySelector('.search-panel').hidden"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        String expected = site.resolve("").toUri() + links.get(0);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> expected.equals(decoded(driver.getCurrentUrl())));
        String id = links.get(0).substring(links.get(0).indexOf('#') + 1);
        assertEquals(id, js("var t = document.querySelector(':target'); return t && t.id"), "the section is the target, highlighted on arrival");
        assertFalse(js("return getComputedStyle(document.querySelector(':target')).animationName").equals("none"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertEquals("kiln-search-input", js("return document.activeElement.id"), "Ctrl-K focuses the box");
    }

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void resultsMarkTheMatchedTermsAndWorkOnAPhone() {
        Browser.emulatePhone(driver);
        open(site.resolve("index.html").toUri().toString());
        type("梯度下降");
        assertTrue(((Number) js("return document.querySelectorAll('#kiln-search-results mark').length")).intValue() > 0);
        assertEquals("梯度下降", js("return document.querySelector('.search-hit-snippet mark').textContent"));
        Number right = (Number) js("return document.querySelector('.search-panel').getBoundingClientRect().right");
        Number left = (Number) js("return document.querySelector('.search-panel').getBoundingClientRect().left");
        assertTrue(left.doubleValue() >= 0 && right.doubleValue() <= 360, "the panel fits a 360 px screen: " + left + "–" + right);
        assertEquals(Boolean.FALSE, js("return document.documentElement.scrollWidth > 360"), "nothing scrolls sideways");
        Browser.screenshot(driver, "search-phone");
    }

    @Test
    void noResultsSaysSoInTheSitesLanguage() {
        open(site.resolve("index.html").toUri().toString());
        type("zzzqqq");
        assertEquals("没有找到“zzzqqq”的结果", js("return document.querySelector('.search-status').textContent"));
        assertEquals("搜索…", driver.findElement(By.id("kiln-search-input")).getAttribute("placeholder"));
    }

    /** The tokenizer compiled by TeaVM, running in Chromium, gives the JVM's words, ranges included, on a mixed corpus. */
    @Test
    void pageAndBuildTokenizeAlike() throws IOException {
        open(site.resolve("index.html").toUri().toString());
        driver.findElement(By.id("kiln-search-input")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js("return !!window.KilnSearchEngine")));
        Tokenizer jvm = new Tokenizer(JvmFolding.INSTANCE);
        String corpus;
        try (InputStream in = SearchInBrowserTest.class.getResourceAsStream("/search/parity.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int lines = 0;
        for (String line : corpus.split("\n")) {
            assertEquals(Word.describe(jvm.words(line)), js("return KilnSearchEngine.words(arguments[0])", line), line);
            lines++;
        }
        assertEquals(Word.describe(jvm.words(corpus)), js("return KilnSearchEngine.words(arguments[0])", corpus), "the whole corpus at once");
        assertTrue(lines >= 15);
    }
}
