package dev.kiln.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header's search box as a test types into it. */
final class SearchBox {
    private SearchBox() {}

    /** Opens a page and waits until its search box is ready (the script shows it). */
    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return !document.querySelector('[data-kiln-search]').hidden")));
    }

    /** Types {@code query} into the box, waits until the panel shows that query's results, and returns their links (decoded). */
    static List<String> type(ChromeDriver driver, String query) {
        WebElement input = driver.findElement(By.id("kiln-search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> "results for " + query)
                .until(d -> query.equals(driver.executeScript("var p = document.querySelector('.search-panel'); return p.hidden ? null : p.getAttribute('data-query')")));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#kiln-search-results a'), function (a) {"
                + " return decodeURIComponent(a.getAttribute('href')); })");
        return links;
    }
}
