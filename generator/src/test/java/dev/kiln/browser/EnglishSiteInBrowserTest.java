package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** The English fixture site (not the article) as a reader meets it: printing, tables, and screenshots to look at. */
class EnglishSiteInBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.requireOrSkip();
        site = tmp.resolve("english");
        TestSites.buildFixture("english", site);
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @AfterEach
    void screenMedia() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
        Browser.waitUntilSettled(driver, "light");
    }

    /** After the toggle, the dark palette used to outrank the print rules: code and admonitions printed near-black. */
    @Test
    void printingFromDarkModeIsLight() {
        open("guide/training.html");
        js("document.documentElement.setAttribute('data-theme', 'dark')");
        assertEquals("rgb(21, 23, 27)", js("return getComputedStyle(document.body).backgroundColor"), "dark on screen");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("rgb(255, 255, 255)", js("return getComputedStyle(document.body).backgroundColor"));
        for (String selector : new String[] {".code-block pre", ".admonition", "figure.demo"}) {
            String background = (String) js("var e = document.querySelector('" + selector + "'); return e ? getComputedStyle(e).backgroundColor : 'none'");
            String text = (String) js("var e = document.querySelector('" + selector + "'); return e ? getComputedStyle(e).color : 'none'");
            assertTrue(light(background) && !light(text), selector + " prints light with dark text: " + background + " / " + text);
        }
    }

    /** rgb(a) with a luminance above one half; a transparent background counts as the white page. */
    private static boolean light(String rgb) {
        String[] p = rgb.replaceAll("[^0-9.,]", "").split(",");
        if (p.length == 4 && Double.parseDouble(p[3]) == 0) return true;
        double r = Double.parseDouble(p[0]), g = Double.parseDouble(p[1]), b = Double.parseDouble(p[2]);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.5;
    }

    @Test
    void tableColumnsKeepTheirAlignment() {
        open("index.html");
        assertEquals("right", js("return getComputedStyle(document.querySelector('.content table tbody td:nth-child(2)')).textAlign"));
        assertEquals("left", js("return getComputedStyle(document.querySelector('.content table tbody td:nth-child(1)')).textAlign"));
    }

    /** The footnote's back-link ends its last paragraph's line; it used to sit alone on the next line. */
    @Test
    void theFootnoteBackLinkEndsItsParagraph() {
        open("index.html");
        Object below = js("var a = document.querySelector('.footnote-backref'), p = a.parentElement.querySelector('p:last-of-type');"
                + " var r = p.getClientRects(); return a.getBoundingClientRect().top >= r[r.length - 1].bottom - 1");
        assertEquals(Boolean.FALSE, below, "the back-link is on the paragraph's last line");
    }

    /** A display formula has the same space above as below (it had 31 px above and 14 px below, sticking to what followed). */
    @Test
    void aDisplayFormulaHasEvenSpaceAboveAndBelow() {
        Path own = TestSites.create(tmp.resolve("formula"));
        TestSites.write(own, "content/index.md", "---\ntitle: F\n---\n\nBefore the formula.\n\n$$\nE = mc^2\n$$\n\nAfter the formula.\n");
        TestSites.build(own);
        driver.get(own.resolve("out/index.html").toUri().toString());
        Browser.waitUntilSettled(driver, "light");
        @SuppressWarnings("unchecked")
        java.util.List<Number> gaps = (java.util.List<Number>) js("var f = document.querySelector('.katex-display .katex-html'),"
                + " ps = document.querySelectorAll('.content p'), r = f.getBoundingClientRect();"
                + " return [r.top - ps[0].getBoundingClientRect().bottom, ps[1].getBoundingClientRect().top - r.bottom]");
        double above = gaps.get(0).doubleValue(), below = gaps.get(1).doubleValue();
        assertTrue(Math.abs(above - below) <= 2 && below >= 12, "space above " + above + " px, below " + below + " px");
    }

    /** The side contents follow the reader's scrolling, and a back-to-top link appears once a screen is scrolled. */
    @Test
    void theContentsMarkTheSectionBeingReadAndBackToTopReturns() {
        driver.manage().window().setSize(new Dimension(1280, 500));
        open("guide/training.html");
        assertEquals("hidden", js("return getComputedStyle(document.querySelector('.back-to-top')).visibility"), "not at the top");
        js("document.getElementById('in-code').scrollIntoView()");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d ->
                "#in-code".equals(js("var a = document.querySelector('.side-toc a.is-current'); return a && a.getAttribute('href')")));
        assertEquals("location", js("return document.querySelector('.side-toc a.is-current').getAttribute('aria-current')"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d ->
                "visible".equals(js("return getComputedStyle(document.querySelector('.back-to-top')).visibility")));
        assertEquals("Back to top", js("return document.querySelector('.back-to-top').textContent"));
        driver.findElement(org.openqa.selenium.By.cssSelector(".back-to-top")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d ->
                Boolean.TRUE.equals(js("var r = document.querySelector('.page-title').getBoundingClientRect(); return r.top >= 0 && r.top < 200")));
    }

    /** Light, dark and phone: saved for people to look at (generator/target/screenshots/english-*.png). */
    @Test
    void screenshots() {
        open("guide/training.html");
        Browser.screenshot(driver, "english-light");
        Browser.emulateColorScheme(driver, "dark");
        driver.navigate().refresh();
        Browser.waitUntilSettled(driver, "dark");
        Browser.screenshot(driver, "english-dark");
        Browser.emulateColorScheme(driver, "light");
        driver.manage().window().setSize(new Dimension(360, 780));
        open("index.html");
        Browser.screenshot(driver, "english-phone");
        assertEquals(Boolean.TRUE, js("return document.scrollingElement.scrollWidth <= window.innerWidth"), "no sideways scroll at 360 px");
    }
}
