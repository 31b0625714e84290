package dev.kiln.browser;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Diagrams left to mermaid.js, on an English site with only a content folder: drawn in the site's
 * palette in both themes, legible on a phone, and readable as source when JavaScript is off.
 */
class MermaidFallbackInBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.requireOrSkip();
        Path src = TestSites.create(tmp.resolve("src"));
        write(src, "content/index.md", "---\ntitle: Protocol\n---\n\nThe handshake:\n\n```mermaid\nsequenceDiagram\n"
                + "  participant C as Client\n  participant S as Server\n  C->>S: Hello, with a fairly long greeting\n"
                + "  S-->>C: Welcome back\n  create participant R as Report\n  S->>R: Render the quarterly report\n  R-->>C: Here it is\n```\n");
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

    private static void open() {
        driver.get(site.resolve("index.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js("return document.querySelector('pre.mermaid svg') !== null")));
    }

    /** The actor boxes' fill, and the site's own --accent-soft resolved the same way. */
    private static Map<?, ?> colours() {
        return (Map<?, ?>) js("""
                var probe = document.createElement('span'); probe.style.color = 'var(--accent-soft)'; document.body.appendChild(probe);
                var site = getComputedStyle(probe).color; probe.remove();
                return {actor: getComputedStyle(document.querySelector('pre.mermaid svg rect.actor')).fill, site: site};""");
    }

    @Test
    void itIsDrawnInTheSitesPaletteInBothThemes() {
        Browser.reset(driver, site);
        open();
        Map<?, ?> light = colours();
        assertEquals(light.get("site"), light.get("actor"), "actors are filled with the theme's --accent-soft");
        js("document.querySelector('pre.mermaid svg').kilnMark = 'old'");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                js("var s = document.querySelector('pre.mermaid svg'); return s !== null && s.kilnMark === undefined && s.querySelector('rect.actor') !== null")));
        Map<?, ?> dark = colours();
        assertEquals(dark.get("site"), dark.get("actor"), "redrawn with the dark --accent-soft");
        assertNotEquals(light.get("actor"), dark.get("actor"));
        Browser.screenshot(driver, "mermaid-fallback-themed-dark");
    }

    @Test
    void onAPhoneItsTextStaysLegibleAndTheBoxScrolls() {
        Browser.reset(driver, site);
        Browser.emulatePhone(driver);
        try {
            open();
            Browser.waitUntilSettled(driver, "light");
            Map<?, ?> m = (Map<?, ?>) js("""
                    var box = document.querySelector('figure.diagram-mermaid'), svg = box.querySelector('svg');
                    var text = svg.querySelector('text.messageText');
                    var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    return {px: parseFloat(getComputedStyle(text).fontSize) * scale, hidden: box.scrollWidth - box.clientWidth,
                            cue: box.getAttribute('data-overflow') || '', page: document.scrollingElement.scrollWidth - innerWidth};""");
            assertTrue(((Number) m.get("px")).doubleValue() >= 12, "message text at " + m.get("px") + " px");
            assertTrue(((Number) m.get("hidden")).longValue() <= 1 || "end".equals(m.get("cue")), "hidden with no cue: " + m);
            assertTrue(((Number) m.get("page")).longValue() <= 0, "the page itself does not scroll sideways: " + m);
            Browser.screenshot(driver, "mermaid-fallback-phone");
        } finally {
            Browser.emulateDesktop(driver);
        }
    }

    @Test
    void withoutJavaScriptTheSourceReadsAsACodeBlockUnderANote() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(site.resolve("index.html").toUri().toString());
            Map<?, ?> m = (Map<?, ?>) js("""
                    var note = document.querySelector('.diagram-note'), pre = document.querySelector('pre.mermaid'), s = getComputedStyle(pre);
                    return {note: note.innerText, noteShown: getComputedStyle(note).display !== 'none', source: pre.innerText,
                            align: s.textAlign, visible: s.visibility, font: s.fontFamily};""");
            assertEquals(Boolean.TRUE, m.get("noteShown"));
            assertTrue(m.get("note").toString().startsWith("This diagram is drawn by JavaScript"), m.toString());
            assertTrue(m.get("source").toString().contains("C->>S: Hello"), "the source as written: " + m);
            assertEquals("visible", m.get("visible"));
            assertTrue(!"center".equals(m.get("align")), "a code block, not centred text: " + m);
            assertTrue(m.get("font").toString().toLowerCase().contains("mono"), "in the code font: " + m);
            Browser.screenshot(driver, "mermaid-fallback-no-js");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
