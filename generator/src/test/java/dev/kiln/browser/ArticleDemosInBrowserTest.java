package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article's training claims, each shown by its demo in Chromium: the default run shows the
 * effect, asserted on the numbers the page shows, the reader's controls change it as the text
 * says, and the browser's run is the build's, bit for bit.
 */
class ArticleDemosInBrowserTest extends ArticleInBrowser {
    /** Opens a page and waits for its widgets: {@code demos} of them. */
    static void open(String page, String query, int demos) {
        openWithDemos(site.resolve(page).toUri() + query, demos);
    }

    /** JavaScript that counts the entries of the build's result {@code field} that differ from the run r's (Object.is). */
    static String differ(String id, String... fields) {
        StringBuilder s = new StringBuilder("var built = JSON.parse(document.querySelector('#" + id + " .demo-result').textContent), differ = 0;");
        for (String f : fields) {
            s.append("(built.").append(f).append(" || []).forEach(function (v, i) { if (!Object.is(v === null ? NaN : v, r.").append(f)
                    .append("[i])) differ++; });");
        }
        return s.toString();
    }

    /**
     * §3.2 step 1's scaling demo, three runs in one chart: unscaled diverges at the same learning
     * rate at which min-max and z-scores converge, z-scores soonest; each run is the build's, bit for bit.
     */
    @Test
    void scalingTheFeaturesMakesTheSameLearningRateConverge() {
        open("03-algorithms.html", "?engine=js", 4);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[0].run().then(function (r) { " + runsDiffer("demo-1")
                + " function reach(run) { for (var e = 0; e < run.loss.length; e++) if (run.loss[e] <= 0.02) return e + 1; return 0; }"
                + " return {differ: differ, diverged: r.runs[0].divergedAt, minmax: reach(r.runs[1]), zscore: reach(r.runs[2])}; })");
        assertEquals(0L, r.get("differ"), "every run's losses are the build's");
        assertTrue((Long) r.get("diverged") > 0, "unscaled, lr 0.1 diverges");
        long minmax = (Long) r.get("minmax");
        long zscore = (Long) r.get("zscore");
        assertTrue(minmax > 0 && zscore > 0 && zscore < minmax, "loss under 0.02 at epoch " + minmax + " (min-max) and " + zscore + " (z-score)");
        assertEquals(String.valueOf(zscore), driver.findElement(By.cssSelector("#demo-1 tr[data-run='2'] [data-cell=reached]")).getText());
        assertTrue(driver.findElement(By.cssSelector("#demo-1 tr[data-run='0'] [data-cell=loss]")).getText().contains("发散"));
    }

    /**
     * §3.2 step 6's optimizer demo: the four runs train side by side; the table gives, per run, the
     * epochs to the target (the build's order), the updates, and the time this browser took, which
     * the build cannot know.
     */
    @Test
    void theOptimizerRunsTrainTogetherAndAreTimedInThePage() {
        open("03-algorithms.html", "?engine=js", 4);
        assertEquals("—", driver.findElement(By.cssSelector("#demo-3 tr[data-run='0'] [data-cell=time]")).getText(), "no time before the page has run it");
        List<String> builtReached = driver.findElements(By.cssSelector("#demo-3 [data-cell=reached]")).stream().map(e -> e.getText()).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[2].run().then(function (r) {"
                + " var built = JSON.parse(document.querySelector('#demo-3 .demo-result').textContent), differ = 0;"
                + " r.runs.forEach(function (run, i) { built.runs[i].loss.forEach(function (v, e) { if (!Object.is(v, run.loss[e])) differ++; }); });"
                + " return {differ: differ, timed: r.runs.every(function (run) {"
                + " return typeof run.reachedMs === 'number' && run.reachedMs >= 0 && run.reachedMs <= run.ms && run.ms > 0; })}; })");
        assertEquals(0L, r.get("differ"), "every run's losses are the build's");
        // >= 0: a run may reach its target inside a first call shorter than the page's timer resolution (0.1 ms)
        assertEquals(Boolean.TRUE, r.get("timed"), "each run's time to the target is measured, and within its whole run's");
        assertEquals(builtReached, driver.findElements(By.cssSelector("#demo-3 [data-cell=reached]")).stream().map(e -> e.getText()).toList());
        for (WebElement time : driver.findElements(By.cssSelector("#demo-3 [data-cell=time]"))) {
            assertTrue(time.getText().endsWith("毫秒"), "a time in this page's language: " + time.getText());
        }
        Browser.screenshot(driver.findElement(By.id("demo-3")), "demo-optimizers");
        // a Train press draws the runs side by side: after a few frames every run has epochs, none is finished
        js("Kiln.demos[2].set('epochs', 20000); Kiln.demos[2].train();");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
                "return Kiln.demos[2].tracks.every(function (t) { return t.state && t.state.loss.length > 0; })")));
        assertEquals(Boolean.TRUE, js("return Kiln.demos[2].tracks.every(function (t) { return !t.state.done; })"), "all four are under way at once");
        js("Kiln.demos[2].pause()");
    }

    /**
     * §3.2 step 2's initialisation demo: by default (small uniform weights) layer 1's gradient is a
     * vanishing fraction of the last layer's and the loss stays put; Xavier/Glorot, the reader's
     * choice, keeps every layer within 10× and the loss falls. The bars are the build's, bit for bit.
     */
    @Test
    void xavierKeepsTheGradientsAliveWhereSmallWeightsStarveLayerOne() {
        open("03-algorithms.html", "?engine=js", 4);
        String ratios = "function (r) { var g = r.initialGradientNorms; return {ratio: g[g.length - 1] / g[0], layers: g.length,"
                + " first: r.loss[0], last: r.loss[r.loss.length - 1]}; }";
        @SuppressWarnings("unchecked")
        Map<String, Object> small = (Map<String, Object>) await("Kiln.demos[1].run().then(function (r) { "
                + differ("demo-2", "loss", "initialGradientNorms", "gradientNorms") + " var o = (" + ratios + ")(r); o.differ = differ; return o; })");
        assertEquals(0L, small.get("differ"), "loss and gradient norms are the build's, bit for bit");
        assertEquals(8L, small.get("layers"));
        assertTrue(number(small, "ratio") > 1000, "small uniform: layer 1's gradient is " + small.get("ratio") + "× smaller than the last's");
        assertTrue(number(small, "last") > 0.4, "and the loss stays near where it began: " + small.get("last"));
        String bars = driver.findElement(By.cssSelector("#demo-2 canvas.demo-gradients")).getAttribute("aria-label");
        assertTrue(bars.startsWith("各层梯度范数"), "the bars say what they show: " + bars);

        @SuppressWarnings("unchecked")
        Map<String, Object> xavier = (Map<String, Object>) await("(Kiln.demos[1].set('init', 'glorot-uniform'), Kiln.demos[1].run()).then(" + ratios + ")");
        assertTrue(number(xavier, "ratio") > 0.1 && number(xavier, "ratio") < 10, "Xavier: within 10×, " + xavier.get("ratio"));
        assertTrue(number(xavier, "last") < 0.05, "and the network fits the curve: " + xavier.get("last"));
        assertEquals("glorot-uniform", driver.findElement(By.id("demo-2-init")).getAttribute("value"));
        Browser.screenshot(driver.findElement(By.id("demo-2")), "demo-initialisation");

        @SuppressWarnings("unchecked")
        Map<String, Object> relu = (Map<String, Object>) await("(Kiln.demos[1].set('init', 'gaussian'), Kiln.demos[1].set('activation', 'relu'), Kiln.demos[1].run())");
        List<Number> loss = list(relu, "loss");
        double end = loss.get(loss.size() - 1).doubleValue();
        assertTrue((Long) relu.get("divergedAt") > 0 || end > 1e6, "ReLU with σ = 1 weights blows up: " + end);
    }

    /**
     * §3.3's overfitting demo: the browser's run is the build's, bit for bit, validation loss
     * included, and early stopping, a reader's control, ends the run soon after the minimum.
     */
    @Test
    void theOverfittingDemoRunsAndEarlyStoppingStopsIt() {
        open("03-algorithms.html", "?engine=js", 4);
        String builtWeights = (String) js("return document.querySelector('#demo-4 [data-readout=weights]').textContent");
        @SuppressWarnings("unchecked")
        Map<String, Object> same = (Map<String, Object>) await("Kiln.demos[3].run().then(function (r) { "
                + differ("demo-4", "loss", "validationLoss") + " return {differ: differ, n: r.validationLoss.length}; })");
        assertEquals(0L, same.get("differ"), "training and validation losses are the build's, bit for bit");
        assertEquals(1000L, same.get("n"));
        Browser.screenshot(driver.findElement(By.id("demo-4")), "demo-overfitting");
        assertEquals(builtWeights, js("return document.querySelector('#demo-4 [data-readout=weights]').textContent"),
                "a larger model's read-out is its parameter count, in the page as in the build: " + builtWeights);
        @SuppressWarnings("unchecked")
        Map<String, Object> stopped = (Map<String, Object>) await("(Kiln.demos[3].set('patience', 50), Kiln.demos[3].run())");
        long at = (Long) stopped.get("stoppedAt");
        assertTrue(at > 50 && at < 400, "stopped at epoch " + at);
        String status = driver.findElement(By.cssSelector("#demo-4 .demo-status")).getText();
        assertTrue(status.contains("提前停止") && status.contains(String.valueOf(at)), status);
    }

    /**
     * §4.2's gradient check, in both browser engines: backpropagation agrees with central
     * differences to better than 1e-6, the article's printed formulas are off by more than 1e-1, and
     * the table the reader sees holds the build's numbers, bit for bit, then the page's own.
     */
    @ParameterizedTest(name = "engine={0}")
    @ValueSource(strings = {"js", "wasm"})
    void theGradientCheckConfirmsBackpropAndRefutesThePrintedFormulas(String engine) {
        open("04-math-models.html", "?engine=" + engine, 1);
        assertEquals(engine, await("Kiln.demos[0].engine()"));
        String builtTable = driver.findElement(By.cssSelector("#demo-1 .demo-check")).getText();
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[0].run().then(function (r) { "
                + differ("demo-1", "loss", "gradientCheck.backprop", "gradientCheck.printed")
                + " function worst(e) { return Math.max.apply(null, e.filter(function (v) { return !isNaN(v); })); }"
                + " return {differ: differ, backprop: worst(r.gradientCheck.backprop), printed: worst(r.gradientCheck.printed)}; })");
        assertEquals(0L, r.get("differ"), "the loss and the check are the build's, bit for bit");
        double backprop = number(r, "backprop");
        double printed = number(r, "printed");
        assertTrue(backprop < 1e-6, "backpropagation against numeric gradients: " + backprop);
        assertTrue(printed > 1e-1, "the printed formulas: " + printed);
        assertEquals(builtTable, driver.findElement(By.cssSelector("#demo-1 .demo-check")).getText(), "the page's table reads as the build's");
        assertEquals("形状不符", driver.findElement(By.cssSelector("#demo-1 [data-check=printed-3]")).getText(), "∂J/∂b⁽²⁾ has the wrong shape");

        js("Kiln.demos[0].reset()");
        assertEquals("—", driver.findElement(By.cssSelector("#demo-1 [data-check=backprop-worst]")).getText(), "Reset clears the table");
        await("(Kiln.demos[0].set('seed', 11), Kiln.demos[0].run())");
        String worst = driver.findElement(By.cssSelector("#demo-1 [data-check=printed-worst]")).getText();
        assertTrue(Double.parseDouble(worst) > 0.1, "another data seed, the same verdict: " + worst);
        Browser.screenshot(driver.findElement(By.id("demo-1")), "demo-gradient-check-" + engine);
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> list(Map<String, Object> m, String key) {
        return (List<Number>) m.get(key);
    }
}
