package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article site opened straight from disk (file://) in headless Chromium, used as a reader would. */
class SiteInBrowserTest extends ArticleInBrowser {

    static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    static String h1() {
        return driver.findElement(By.cssSelector("h1")).getText();
    }

    @Test
    void readerNavigatesByCardsPagerAndSidebar() {
        open("index.html");
        driver.findElement(By.cssSelector(".card-title a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/01-background.html"), driver.getCurrentUrl());
        assertEquals("1. 背景介绍", h1());
        driver.findElement(By.cssSelector(".pager-next")).click();
        assertEquals("2. 核心概念与联系", h1());
        driver.findElement(By.linkText("4. 数学模型和公式 & 详细讲解 & 举例说明")).click();
        assertEquals("4. 数学模型和公式 & 详细讲解 & 举例说明", h1());
        driver.findElement(By.cssSelector(".side-toc a[href='#4-3-案例分析与讲解']")).click();
        long top = ((Number) js("return document.getElementById('4-3-案例分析与讲解').getBoundingClientRect().top")).longValue();
        assertTrue(top >= 0 && top < 200, "the heading scrolled into view below the sticky header: " + top);
        assertEquals("sticky", js("return getComputedStyle(document.querySelector('.site-header')).position"),
                "the stylesheet loads from file://");
    }

    @Test
    void keyboardUserCanSkipToContent() {
        open("03-algorithms.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertEquals("跳到正文", first.getText());
        assertTrue((Boolean) js("return arguments[0].getBoundingClientRect().top >= 0", first), "skip link shows when focused");
        first.sendKeys(Keys.ENTER);
        assertEquals("main", js("return document.activeElement.id"));
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB, Keys.TAB);
        // the next control after the skip target: a link, a button, or a field of the page's demo
        assertTrue(driver.switchTo().activeElement().getTagName().matches("a|button|input|select"), (String) js("return document.activeElement.outerHTML.slice(0, 200)"));
        assertFalse("none".equals(js("return getComputedStyle(document.activeElement).outlineStyle")),
                "a keyboard-focused control shows a focus ring");
        assertEquals(1, driver.findElements(By.cssSelector("header.site-header")).size());
        assertEquals(1, driver.findElements(By.cssSelector("main#main")).size());
        assertEquals(1, driver.findElements(By.cssSelector("nav[aria-label]#site-nav")).size());
    }

    @Test
    void darkModeTogglePersistsAcrossPagesAndNeverFlashes() {
        // Record the theme at the moment <body> is parsed, i.e. before anything can be painted.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "new MutationObserver(function(m, o){ if (document.body) { window.__themeAtBody ="
                        + " document.documentElement.getAttribute('data-theme'); o.disconnect(); } })"
                        + ".observe(document, {childList: true, subtree: true});"));
        open("02-core-concepts.html");
        String light = (String) js("return getComputedStyle(document.body).backgroundColor");
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        toggle.click();
        assertEquals("dark", js("return document.documentElement.dataset.theme"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        String dark = (String) js("return getComputedStyle(document.body).backgroundColor");
        assertFalse(dark.equals(light), dark);
        Browser.screenshot(driver, "page-dark");

        open("05-practice.html");
        assertEquals("dark", js("return window.__themeAtBody"), "the stored theme is set before <body> exists");
        assertEquals(dark, js("return getComputedStyle(document.body).backgroundColor"));
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> "light".equals(js("return localStorage.getItem('kiln-theme')")));
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> js("return window.__themeAtBody") != null);
        assertEquals("light", js("return window.__themeAtBody"));
        assertEquals(light, js("return getComputedStyle(document.body).backgroundColor"));
    }

    @Test
    void followsTheSystemColourSchemeUntilTheReaderChooses() {
        Browser.emulateColorScheme(driver, "dark");
        open("index.html");
        String systemDark = (String) js("return getComputedStyle(document.body).backgroundColor");
        assertEquals("true", driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
        Browser.emulateColorScheme(driver, "light");
        open("index.html");
        assertFalse(systemDark.equals(js("return getComputedStyle(document.body).backgroundColor")));
    }

    @Test
    void onA360pxPhoneTheNavigationIsReachableAndNothingOverflows() {
        Browser.emulatePhone(driver);
        for (String page : List.of("index.html", "04-math-models.html", "05-practice.html", "report.html")) {
            open(page);
            long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertTrue(overflow <= 0, page + " scrolls sideways by " + overflow + "px");
        }
        open("04-math-models.html");
        Browser.screenshot(driver, "page-phone");
        WebElement nav = driver.findElement(By.id("site-nav"));
        assertFalse(nav.isDisplayed(), "the drawer starts closed");
        WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
        assertTrue(toggle.isDisplayed());
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> "none".equals(js("return getComputedStyle(arguments[0]).transform", nav)));
        WebElement link = nav.findElement(By.cssSelector("a[href='06-applications.html']"));
        assertTrue(link.isDisplayed());
        assertEquals("6. 实际应用场景", link.getText());
        Browser.screenshot(driver, "page-phone-nav");
        assertEquals(Boolean.TRUE, js("return document.getElementById('site-nav').contains(document.activeElement)"), "focus moved into the drawer");
        assertEquals("block", js("return getComputedStyle(document.querySelector('.nav-toggle .icon-close')).display"), "the menu icon became a close icon");
        assertEquals("hidden", js("return getComputedStyle(document.body).overflow"), "the page does not scroll behind it");
        assertTrue(nav.findElement(By.cssSelector(".nav-report a[href='report.html']")).isDisplayed(), "the full-report link, hidden in the header, is in the drawer");
        // a tap on the dimmed page beside the drawer closes it
        new org.openqa.selenium.interactions.Actions(driver).moveToLocation(350, 400).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> "false".equals(toggle.getAttribute("aria-expanded")));
        toggle.click();
        new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> "none".equals(js("return getComputedStyle(arguments[0]).transform", nav)));
        link.click();
        assertEquals("6. 实际应用场景", h1());
    }

    @Test
    void fullReportReadsStraightThroughAndPrintsWithoutChrome() {
        open("report.html");
        assertEquals(10, driver.findElements(By.cssSelector(".report-section:not(.report-opening)")).size());
        driver.findElement(By.cssSelector(".report-toc a[href='#05-practice']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#05-practice"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String chrome : List.of(".site-header", ".site-nav", ".site-footer")) {
                assertEquals("none", js("return getComputedStyle(document.querySelector(arguments[0])).display", chrome), chrome);
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Section 4 arrives with its formulas typeset in KaTeX's fonts, in both themes; the screenshots are kept. */
    @Test
    void section4FormulasAreTypesetInLightAndDark() {
        open("04-math-models.html");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js("return document.fonts.status === 'loaded'"));
        assertTrue((Boolean) js("return document.fonts.check('20px KaTeX_Main') && document.fonts.check('20px KaTeX_Math')"),
                "KaTeX fonts load from the site's own assets");
        long formulas = ((Number) js("return document.querySelectorAll('.math .katex').length")).longValue();
        assertTrue(formulas > 40, "formulas: " + formulas);
        WebElement display = driver.findElement(By.cssSelector("div.math-display .katex-display"));
        assertTrue(display.getSize().getHeight() > 20 && display.isDisplayed());
        driver.executeScript("document.getElementById('4-2-公式推导过程').scrollIntoView()");
        Browser.screenshot(driver, "section4-light");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        String color = (String) js("return getComputedStyle(document.querySelector('.katex')).color");
        assertFalse(color.equals("rgb(0, 0, 0)"), "formulas follow the dark theme's text colour: " + color);
        Browser.screenshot(driver, "section4-dark");
        Browser.emulatePhone(driver);
        open("04-math-models.html");
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertTrue(overflow <= 0, "wide formulas scroll in their own box, not the page: " + overflow);
    }

    @Test
    void codeBlocksHaveALabelAndACopyButton() {
        open("05-practice.html");
        WebElement block = driver.findElement(By.cssSelector(".code-block[data-lang=python]"));
        assertTrue(block.findElements(By.cssSelector(".hljs-keyword")).size() > 3);
        WebElement copy = block.findElement(By.cssSelector(".copy-button"));
        driver.executeScript("arguments[0].focus()", copy);
        copy.click();
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> !copy.getText().equals("复制"));
        assertEquals("已复制", copy.getText());
    }

    @Test
    void screenshotsOfHomeAndSectionForPeopleToLookAt() {
        open("index.html");
        Browser.screenshot(driver, "home-light");
        open("04-math-models.html");
        Browser.screenshot(driver, "page-light");
    }
}
