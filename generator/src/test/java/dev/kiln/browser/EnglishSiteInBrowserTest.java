package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Built without base-url and served under a sub-path, the 404 page a host sends for a URL two
     * folders deep is styled and links home; opened from disk, too.
     */
    @Test
    void theNotFoundPageWorksAtAnyDepthWithoutABaseUrl() {
        try (StaticServer server = new StaticServer(site, "/docs/")) {
            driver.get(server.url("guide/deep/missing.html"));
            Browser.waitUntilSettled(driver, "light");
            assertNotFoundPageIsStyled();
            assertEquals(server.url("index.html"), js("return document.querySelector('.not-found a.button').href"));
            assertEquals(server.url("glossary.html"), js("return document.querySelector('#site-nav a[href$=\"glossary.html\"]').href"));
            assertEquals(server.url("guide/deep/missing.html#main"), js("return document.querySelector('.skip-link').href"),
                    "the skip link stays on this page, whatever <base> says");
        }
        open("404.html");
        assertNotFoundPageIsStyled();
        assertEquals(site.resolve("index.html").toUri().toString(), js("return document.querySelector('.not-found a.button').href"));
    }

    private static void assertNotFoundPageIsStyled() {
        assertEquals("sticky", js("return getComputedStyle(document.querySelector('.site-header')).position"));
    }

    /** Content tabs as MkDocs Material writes them: a tab list that keys and clicks drive, every panel on paper. */
    @Test
    void contentTabsWorkByMouseAndKeyboardAndAllPrint() {
        open("glossary.html");
        assertEquals(3L, js("return document.querySelectorAll('.tabbed-set [role=tab]').length"));
        assertEquals("Java", js("return document.querySelector('[role=tab][aria-selected=true]').textContent"), "===+ picks the first tab shown");
        assertEquals(1L, js("return document.querySelectorAll('.tabbed-block:not([hidden])').length"));
        driver.findElement(org.openqa.selenium.By.xpath("//button[@role='tab'][.='Python']")).click();
        assertEquals(Boolean.TRUE, js("return document.querySelector('.code-title').offsetParent !== null"), "the Python panel shows");
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        assertEquals("Shell", js("return document.activeElement.textContent"));
        assertEquals("Shell", js("return document.querySelector('[role=tab][aria-selected=true]').textContent"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(3L, js("return [...document.querySelectorAll('.tabbed-block')].filter(b => b.offsetParent !== null).length"), "every panel prints");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.get(site.resolve("glossary.html").toUri() + "#build-and-serve");
        Browser.waitUntilSettled(driver, "light");
        assertEquals("Shell", js("return document.querySelector('[role=tab][aria-selected=true]').textContent"),
                "a link to a heading inside a tab shows that tab");
        assertEquals(Boolean.TRUE, js("return document.getElementById('build-and-serve').offsetParent !== null"));
    }

    /** title=, hl_lines= and linenums= on a fence, as MkDocs Material reads them. */
    @Test
    void codeFenceOptionsFromMaterialAreHonoured() {
        open("glossary.html");
        driver.findElement(org.openqa.selenium.By.xpath("//button[@role='tab'][.='Python']")).click();
        assertEquals("train.py", js("return document.querySelector('.code-title').textContent"));
        assertEquals(2L, js("return document.querySelectorAll('.code-block .line.hl').length"));
        assertEquals("w = np.zeros(3)", js("return document.querySelector('.line.hl').textContent"), "hl_lines counts from the block's first line");
        assertEquals("line 9", js("return getComputedStyle(document.querySelector('.linenos code')).counterReset"),
                "linenums=\"10\" numbers from 10");
        String band = (String) js("return getComputedStyle(document.querySelector('.line.hl')).backgroundColor");
        assertTrue(!band.equals("rgba(0, 0, 0, 0)"), "a marked line has a band: " + band);
    }

    /**
     * Latin text is set in a Latin face with no CJK face ahead of it, and with Latin line rules;
     * the article's mixed Chinese and Latin text is set in one CJK face throughout (its Latin
     * letters too), with CJK line breaking.
     */
    @Test
    void typographyFollowsTheScriptOfTheSite() {
        open("index.html");
        assertEquals(List.of(), cjkFamilies(fontsOf("main p")), "an English paragraph uses no CJK face");
        assertEquals("auto", js("return getComputedStyle(document.body).lineBreak"));
        Path article = tmp.resolve("article");
        TestSites.buildArticle(article, null);
        driver.get(article.resolve("index.html").toUri().toString());
        Browser.waitUntilSettled(driver, "light");
        List<String> mixed = fontsOf("main p");
        assertEquals(1, mixed.size(), "Chinese text with Latin words in it uses one face: " + mixed);
        assertEquals(1, cjkFamilies(mixed).size(), mixed.toString());
        assertEquals("strict", js("return getComputedStyle(document.body).lineBreak"));
    }

    /** The families Chromium really drew the first matching element's text with (CSS.getPlatformFontsForNode). */
    @SuppressWarnings("unchecked")
    private static List<String> fontsOf(String selector) {
        js("var p = [...document.querySelectorAll('" + selector + "')].find(e => /[A-Za-z]{3}/.test(e.textContent)); p.id = p.id || 'kiln-font-probe'; window.__probe = '#' + p.id");
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> doc = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        long rootId = ((Number) ((Map<String, Object>) doc.get("root")).get("nodeId")).longValue();
        Map<String, Object> found = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", (String) js("return window.__probe")));
        long nodeId = ((Number) found.get("nodeId")).longValue();
        Map<String, Object> fonts = driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId));
        return ((List<Map<String, Object>>) fonts.get("fonts")).stream().map(f -> (String) f.get("familyName")).toList();
    }

    private static List<String> cjkFamilies(List<String> families) {
        return families.stream().filter(f -> f.contains("CJK") || f.matches(".*(SC|TC|JP|KR|Hei|Gothic|PingFang).*")).toList();
    }

    /** Paper size from site.yaml (A4 by default), page numbers in the footer, long code allowed to break. */
    @Test
    void printingUsesThePaperSizeAndNumbersPages() {
        try (StaticServer server = new StaticServer(site)) {
            // over HTTP: from file:// a page may not read its own stylesheet's rules
            driver.get(server.url("guide/training.html"));
            Browser.waitUntilSettled(driver, "light");
            assertEquals(Boolean.TRUE, js("""
                    return [...document.styleSheets].flatMap(s => [...s.cssRules])
                      .some(r => r instanceof CSSPageRule && /counter\\(page\\)/.test(r.cssText));"""), "a page rule numbers the pages");
        }
        open("guide/training.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        String text = new String(java.util.Base64.getDecoder().decode((String) pdf.get("data")), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
        assertTrue(box.find(), "the PDF has pages");
        double width = Double.parseDouble(box.group(1)), height = Double.parseDouble(box.group(2));
        assertTrue(Math.abs(width - 595.3) < 2 && Math.abs(height - 841.9) < 2, "A4 is 595 × 842 pt, the PDF's page is " + width + " × " + height);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("auto", js("return getComputedStyle(document.querySelector('pre')).breakInside"), "long code may break across pages");
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

    /**
     * A numbered formula has its number at the column's right edge, level with the formula, which
     * stays centred in the column; a reference scrolls to it; on a phone a wide formula scrolls on
     * its own while its number stays in view.
     */
    @Test
    void aNumberedFormulaHasItsNumberAtTheRightMarginAndReferencesReachIt() {
        Path own = TestSites.create(tmp.resolve("numbered"));
        TestSites.write(own, "content/index.md", "---\ntitle: Waves\n---\n\nThe wave equation is @eq:wave.\n\n" + "Filler text. ".repeat(300)
                + "\n\n$$\n\\frac{\\partial^2 u}{\\partial t^2} = c^2 \\nabla^2 u + \\sum_{k=1}^{n} a_k \\sin(k x) + b_k \\cos(k x) + \\frac{\\alpha}{\\beta}\n$$ {#eq:wave}\n\n"
                + "After the formula.\n");
        TestSites.build(own);
        driver.get(own.resolve("out/index.html").toUri().toString());
        Browser.waitUntilSettled(driver, "light");
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js("var f = document.getElementById('eq:wave'), n = f.querySelector('.eq-number'),"
                + " k = f.querySelector('.katex-html'), c = document.querySelector('.content').getBoundingClientRect(),"
                + " nr = n.getBoundingClientRect(), kr = k.getBoundingClientRect();"
                + " return {numberRight: nr.right, columnRight: c.right, numberMiddle: (nr.top + nr.bottom) / 2, top: kr.top, bottom: kr.bottom,"
                + " formulaCentre: (kr.left + kr.right) / 2, columnCentre: (c.left + c.right) / 2}");
        assertTrue(Math.abs(box.get("numberRight").doubleValue() - box.get("columnRight").doubleValue()) <= 2, "number at the right margin: " + box);
        assertTrue(box.get("numberMiddle").doubleValue() > box.get("top").doubleValue()
                && box.get("numberMiddle").doubleValue() < box.get("bottom").doubleValue(), "number level with the formula: " + box);
        assertTrue(Math.abs(box.get("formulaCentre").doubleValue() - box.get("columnCentre").doubleValue()) <= 4, "formula centred in the column: " + box);
        assertEquals("(1)", js("return document.querySelector('#eq\\\\:wave .eq-number').textContent"));

        driver.findElement(org.openqa.selenium.By.cssSelector("a.xref")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                js("var r = document.getElementById('eq:wave').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight")));
        assertEquals("#eq:wave", js("return decodeURIComponent(location.hash)"));

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.navigate().refresh();
        Browser.waitUntilSettled(driver, "light");
        assertEquals(Boolean.TRUE, js("return document.scrollingElement.scrollWidth <= window.innerWidth"), "no sideways scroll of the page at 360 px");
        assertEquals(Boolean.TRUE, js("var n = document.querySelector('.eq-number').getBoundingClientRect(); return n.left >= 0 && n.right <= window.innerWidth"),
                "the number stays on screen");
        assertEquals(Boolean.TRUE, js("var d = document.querySelector('.math-numbered > .katex-display'); return d.scrollWidth > d.clientWidth"),
                "the wide formula scrolls within its own box");
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

    /** Search on a site that is not the article: markup in a heading stays text in the results. */
    @Test
    void searchShowsMarkupInAHeadingAsText() {
        SearchBox.open(driver, site.resolve("guide/training.html").toUri().toString());
        js("window.alert = function () { window.__alerted = true; }");
        SearchBox.type(driver, "onerror");
        assertEquals("Markup in a heading: <img src=x onerror=alert(1)>", js("return document.querySelector('.search-hit-heading').textContent"));
        assertEquals(0L, js("return document.querySelectorAll('.search-panel img').length"), "no element was made from the text");
        assertEquals(null, js("return window.__alerted || null"));
    }

    /** English words in English: the last word a prefix, case and plurals folded, and the site's own strings. */
    @Test
    void searchFoldsEnglishAndSpeaksIt() {
        SearchBox.open(driver, site.resolve("index.html").toUri().toString());
        assertEquals("Search…", js("return document.getElementById('kiln-search-input').placeholder"));
        List<String> prefix = SearchBox.type(driver, "examp");
        assertTrue(prefix.contains("glossary.html#running-the-examples"), prefix.toString());
        assertTrue(SearchBox.type(driver, "LEARNING RATES").contains("glossary.html"), "case and plural folded");
        SearchBox.type(driver, "qqqzzz");
        assertEquals("No results for “qqqzzz”", js("return document.querySelector('.search-status').textContent"));
    }
}
