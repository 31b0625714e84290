package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Previews of footnotes and cross-references in a real Chromium, on an English site served over
 * HTTP: the mouse, the keyboard (focus opens, Esc closes) and a touch screen (a tap opens, and
 * offers the jump), and a reference to another page's formula.
 */
class PreviewsInBrowserTest {
    @TempDir
    static Path tmp;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.requireOrSkip();
        Path site = TestSites.create(tmp.resolve("site"));
        write(site, "content/index.md", "---\ntitle: Notes\n---\n\nThe loss is worth a note.[^why] Its formula is @eq:loss, "
                + "and the other page has @eq:far.\n\n$$\nL = \\tfrac{1}{2}(y - \\hat{y})^2\n$$ {#eq:loss}\n\n" + "Filler. ".repeat(200)
                + "\n\n[^why]: Because squared errors punish *large* misses most.\n");
        write(site, "content/far.md", "---\ntitle: Far\n---\n\n$$\ny = Wx + b\n$$ {#eq:far}\n");
        write(site, "site.yaml", "title: Notes\nbibliography: refs.bib\n");
        write(site, "content/refs.bib", "@book{goodfellow2016, author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},"
                + " title = {Deep Learning}, publisher = {MIT Press}, year = {2016}}\n");
        write(site, "content/cited.md", "---\ntitle: Cited\n---\n\nThe standard text [@goodfellow2016].\n");
        TestSites.build(site);
        server = new StaticServer(site.resolve("out"));
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void open() {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.get(server.url("index.html"));
        Browser.waitUntilSettled(driver, "light");
    }

    private Object js(String script) {
        return driver.executeScript(script);
    }

    private String previewText() {
        return (String) js("var p = document.querySelector('.kiln-preview'); return p ? p.textContent : null");
    }

    private void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> condition.get());
    }

    @Test
    void hoveringAFootnoteMarkShowsTheNoteAndLeavingHidesIt() {
        WebElement mark = driver.findElement(By.cssSelector("a.footnote-ref"));
        new Actions(driver).moveToElement(mark).perform();
        waitFor(() -> previewText() != null);
        assertTrue(previewText().contains("Because squared errors punish large misses most."), previewText());
        assertEquals(0L, js("return document.querySelectorAll('.kiln-preview .footnote-backref, .kiln-preview [id]').length"),
                "no back-link and no duplicate ids in the copy");
        assertEquals("kiln-preview", mark.getAttribute("aria-describedby"), "the preview describes the mark for screen readers");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("var r = document.querySelector('.kiln-preview').getBoundingClientRect(),"
                + " m = document.querySelector('a.footnote-ref').getBoundingClientRect(); return [r.top, m.bottom, r.right, window.innerWidth]");
        assertTrue(box.get(0).doubleValue() >= box.get(1).doubleValue() && box.get(2).doubleValue() <= box.get(3).doubleValue(), "below the mark, on screen: " + box);
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".page-title"))).perform();
        waitFor(() -> previewText() == null);
        assertEquals(null, mark.getAttribute("aria-describedby"));
    }

    @Test
    void keyboardFocusOpensAReferencesPreviewAndEscClosesIt() {
        WebElement ref = driver.findElements(By.cssSelector("a.xref")).get(0);
        js("arguments[0].focus()".replace("arguments[0]", "document.querySelectorAll('a.xref')[0]"));
        waitFor(() -> previewText() != null);
        assertEquals(1L, js("return document.querySelectorAll('.kiln-preview .katex').length"), "the formula itself");
        assertTrue(previewText().contains("(1)"), previewText());
        ref.sendKeys(Keys.ESCAPE);
        waitFor(() -> previewText() == null);
        assertEquals(Boolean.TRUE, js("return document.activeElement === document.querySelectorAll('a.xref')[0]"), "focus stays on the reference");
    }

    @Test
    void aTapOpensThePreviewInsteadOfJumpingAndOffersTheJump() {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        String before = driver.getCurrentUrl();
        tap("a.footnote-ref");
        waitFor(() -> previewText() != null);
        assertEquals(before, driver.getCurrentUrl(), "the tap did not jump");
        assertEquals("Go there", js("return document.querySelector('.kiln-preview-go').textContent"));
        tap(".page-title");
        waitFor(() -> previewText() == null);
    }

    @Test
    void aReferenceToAnotherPageShowsThatPagesFormula() {
        WebElement far = driver.findElements(By.cssSelector("a.xref")).get(1);
        assertEquals(server.url("far.html#eq:far"), far.getAttribute("href"));
        new Actions(driver).moveToElement(far).perform();
        waitFor(() -> previewText() != null);
        assertTrue(previewText().contains("(2)"), previewText());
        assertEquals(1L, js("return document.querySelectorAll('.kiln-preview .katex').length"));
    }

    @Test
    void hoveringACitationShowsItsEntryInTheReferences() {
        driver.get(server.url("cited.html"));
        Browser.waitUntilSettled(driver, "light");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("a.citation"))).perform();
        waitFor(() -> previewText() != null);
        assertTrue(previewText().contains("Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press."), previewText());
    }

    /** A real touch on the element's centre, through Chromium's input pipeline. */
    private void tap(String selector) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js("var r = document.querySelector('" + selector + "').getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2]");
        Map<String, Object> point = Map.of("x", xy.get(0).doubleValue(), "y", xy.get(1).doubleValue());
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }
}
