package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.diagram.DiagramSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sequence diagrams drawn at build time, as a reader sees them in Chromium with the fonts it
 * really uses, on an English site that has only a content folder (and a Chinese page on it).
 */
class SequenceInBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.requireOrSkip();
        Path src = TestSites.create(tmp.resolve("src"));
        write(src, "content/index.md", "---\ntitle: Checkout\n---\n\nHow a payment goes:\n\n```mermaid\n" + DiagramSamples.SEQUENCE + "```\n");
        write(src, "content/zh.md", "---\ntitle: 问答\n---\n\n```mermaid\n" + DiagramSamples.SEQUENCE_ZH + "```\n");
        TestSites.build(src);
        site = src.resolve("out");
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static WebElement open(String page) {
        driver.get(site.resolve(page).toUri().toString());
        WebElement figure = driver.findElement(By.cssSelector("figure.diagram-sequence"));
        js("arguments[0].scrollIntoView({block: 'start'})", figure);
        return figure;
    }

    /** Each drawn text's box against every other, and against the shape it belongs in, measured with the browser's fonts. */
    @Test
    void withRealFontsNoTextOverlapsAnotherOrLeavesItsBox() {
        for (String page : List.of("index.html", "zh.html")) {
            Browser.reset(driver, site);
            open(page);
            @SuppressWarnings("unchecked")
            List<String> clashes = (List<String>) js("""
                    var svg = document.querySelector('svg.sequence'), out = [];
                    var texts = Array.from(svg.querySelectorAll('text')).map(t => ({t: t.textContent, r: t.getBoundingClientRect()}));
                    for (var i = 0; i < texts.length; i++) for (var j = i + 1; j < texts.length; j++) {
                      var a = texts[i].r, b = texts[j].r;
                      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1)
                        out.push(texts[i].t + ' / ' + texts[j].t);
                    }
                    svg.querySelectorAll('.sq-actor, .sq-note').forEach(g => {
                      var shape = g.querySelector('rect'); if (!shape) return;
                      var s = shape.getBoundingClientRect(), t = g.querySelector('text').getBoundingClientRect();
                      if (t.left < s.left + 2 || t.right > s.right - 2 || t.top < s.top || t.bottom > s.bottom) out.push('outside its box: ' + g.textContent);
                    });
                    return out;""");
            assertEquals(List.of(), clashes, page);
        }
        Browser.screenshot(open("index.html"), "sequence-light");
        Browser.screenshot(open("zh.html"), "sequence-zh");
    }

    @Test
    void theThemeToggleRestylesItWithoutARedrawAndNoMermaidJsLoads() {
        Browser.reset(driver, site);
        WebElement figure = open("index.html");
        assertEquals(Boolean.TRUE, js("return typeof window.mermaid === 'undefined' && !document.querySelector('script[src*=mermaid]')"));
        String style = "var r = document.querySelector('.sq-actor rect'), t = document.querySelector('.sq-message-text');"
                + " return [getComputedStyle(r).fill, getComputedStyle(t).fill, getComputedStyle(document.querySelector('.sq-line')).stroke];";
        @SuppressWarnings("unchecked")
        List<String> light = (List<String>) js(style);
        js("document.querySelector('svg.sequence').kilnMark = 'same'");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        Browser.waitUntilSettled(driver, "dark");
        assertEquals("same", js("return document.querySelector('svg.sequence').kilnMark"), "restyled, not redrawn");
        @SuppressWarnings("unchecked")
        List<String> dark = (List<String>) js(style);
        for (int i = 0; i < light.size(); i++) assertNotEquals(light.get(i), dark.get(i), "colour " + i + " follows the theme");
        assertTrue(DiagramsInBrowserTest.luminance(dark.get(1)) > 0.5, "light text in the dark theme: " + dark.get(1));
        Browser.screenshot(figure, "sequence-dark");
    }

    @Test
    void onAPhoneTheDiagramKeepsItsTextSizeAndScrollsInItsBox() {
        Browser.reset(driver, site);
        Browser.emulatePhone(driver);
        try {
            WebElement figure = open("index.html");
            Browser.waitUntilSettled(driver, "light");
            Map<?, ?> m = (Map<?, ?>) js("""
                    var box = arguments[0], svg = box.querySelector('svg');
                    var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    return {px: parseFloat(getComputedStyle(svg.querySelector('.sq-message-text')).fontSize) * scale,
                            scrolls: box.scrollWidth > box.clientWidth, cue: box.getAttribute('data-overflow') || '',
                            page: document.scrollingElement.scrollWidth - innerWidth};""", figure);
            assertEquals(16, ((Number) m.get("px")).doubleValue(), 0.01, "message text at its drawn size: " + m);
            assertEquals(Boolean.TRUE, m.get("scrolls"), "the wide diagram scrolls in its box: " + m);
            assertEquals("end", m.get("cue"), "with the fade that says so: " + m);
            assertTrue(((Number) m.get("page")).longValue() <= 0, "the page itself does not scroll sideways: " + m);
            Browser.screenshot(driver, "sequence-phone");
        } finally {
            Browser.emulateDesktop(driver);
        }
    }

    /** Next to mermaid.js's own drawing: the same participants, and the same messages in the same order down the page. */
    @Test
    void sideBySideWithMermaidJsTheMessagesReadInTheSameOrder() throws IOException {
        Browser.reset(driver, site);
        open("index.html");
        String kiln = (String) js("return document.querySelector('figure.diagram-sequence').outerHTML");
        MermaidSideBySide.open(driver, kiln, DiagramSamples.SEQUENCE, site, tmp.resolve("compare"), "sequence-vs-mermaidjs");
        String down = "return Array.from(document.querySelectorAll(arguments[0])).map(t => [t.getBoundingClientRect().top, t.textContent.trim()])"
                + ".sort((a, b) => a[0] - b[0]).map(p => p[1]);";
        @SuppressWarnings("unchecked")
        List<String> ours = (List<String>) js(down, "figure .sq-message-text");
        @SuppressWarnings("unchecked")
        List<String> theirs = (List<String>) js(down, "pre.mermaid text.messageText");
        assertEquals(15, ours.size(), ours.toString());
        assertEquals(theirs, ours, "the same messages, top to bottom");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return Array.from(new Set(Array.from(document.querySelectorAll('figure .sq-actor text')).map(t => t.textContent)))");
        assertEquals(List.of("Customer", "Web shop", "Payments", "DB"), names);
        for (String name : names) {
            assertEquals(Boolean.TRUE, js("return Array.from(document.querySelectorAll('pre.mermaid text')).some(t => t.textContent.trim() === arguments[0])", name),
                    name + " is a participant in mermaid.js's drawing too");
        }
    }
}
