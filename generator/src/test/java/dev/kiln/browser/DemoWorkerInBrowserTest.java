package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article served over HTTP, as a static host serves it: demos train in a Web Worker, off the
 * page's main thread, and give the build's numbers bit for bit; Pause, Step and Reset act on the
 * worker's run; the page itself never loads the engine.
 */
class DemoWorkerInBrowserTest extends ArticleInBrowser {
    static StaticServer server;

    @BeforeAll
    static void serve() {
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static void open(String page, String query, int demos) {
        openWithDemos(server.url(page) + query, demos);
    }

    @ParameterizedTest(name = "engine={0}")
    @ValueSource(strings = {"js", "wasm"})
    void theWorkersRunIsTheBuildsBitForBit(String engine) {
        open("05-practice.html", "?engine=" + engine, 1);
        assertEquals("worker", js("return Kiln.demos[0].mode()"));
        assertEquals(engine, await("Kiln.demos[0].engine()"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("""
                Kiln.demos[0].run().then(function (r) {
                  var built = JSON.parse(document.querySelector('#demo-1 .demo-result').textContent), differ = 0;
                  built.loss.forEach(function (v, i) { if (!Object.is(v, r.loss[i])) differ++; });
                  built.metrics.mae.forEach(function (v, i) { if (!Object.is(v, r.metrics.mae[i])) differ++; });
                  built.weights[0].forEach(function (v, i) { if (!Object.is(v, r.weights[0][i])) differ++; });
                  return {differ: differ, epochs: r.loss.length, readout: document.querySelector('#demo-1 [data-readout=epoch]').textContent};
                })""");
        assertEquals(0L, r.get("differ"), "every loss, MAE and weight is the JVM's");
        assertEquals(1000L, r.get("epochs"));
        assertEquals("1000", r.get("readout"));
        assertEquals(0L, js("return document.querySelectorAll('script[src*=\"demo/kiln-demo\"]').length"), "the page itself never loaded the engine");
        // Train once the run is over: done again, not "Training…" for ever
        js("document.querySelector('#demo-1 .demo-train').click()");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(js("return Kiln.demos[0].running")));
        assertTrue(driver.findElement(By.cssSelector("#demo-1 .demo-status")).getText().startsWith("完成"));
    }

    /** Pause stops the worker's run where it is, Step adds one epoch, Reset clears, and the next Train starts afresh. */
    @Test
    void pauseStepAndResetActOnTheWorker() {
        open("05-practice.html", "?engine=wasm", 1);
        js("Kiln.demos[0].set('epochs', 100000); Kiln.demos[0].train();");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) js("var t = Kiln.demos[0].tracks[0]; return t.state ? t.state.loss.length : 0")).longValue() > 100);
        js("Kiln.demos[0].pause()");
        long paused = settledEpochs();
        waitFrames(20);
        assertEquals(paused, epochs(), "nothing trains after Pause");
        assertTrue(paused < 100000, "paused mid-run: " + paused);
        await("Kiln.demos[0].step()");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> epochs() == paused + 1);
        assertEquals(String.valueOf(paused + 1), driver.findElement(By.cssSelector("#demo-1 [data-readout=epoch]")).getText());
        js("Kiln.demos[0].reset()");
        waitFrames(10);
        assertEquals("0", driver.findElement(By.cssSelector("#demo-1 [data-readout=epoch]")).getText(), "Reset clears, and no late report refills it");
        assertEquals("—", driver.findElement(By.cssSelector("#demo-1 [data-readout=loss]")).getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> again = (Map<String, Object>) await("(Kiln.demos[0].set('epochs', 300), Kiln.demos[0].run())");
        assertEquals(300L, again.get("epoch"), "the next run starts from the first epoch");
    }

    /** A demo of several runs trains them all in its worker, each timed there. */
    @Test
    void aDemosRunsTrainInItsWorker() {
        open("03-algorithms.html", "?engine=wasm", 4);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[2].run().then(function (r) { " + runsDiffer("demo-3")
                + " return {differ: differ, timed: r.runs.every(function (run) {"
                + " return typeof run.reachedMs === 'number' && run.reachedMs >= 0 && run.reachedMs <= run.ms && run.ms > 0; })}; })");
        assertEquals(0L, r.get("differ"));
        assertEquals(Boolean.TRUE, r.get("timed"));
        assertTrue(driver.findElement(By.cssSelector("#demo-3 tr[data-run='3'] [data-cell=time]")).getText().endsWith("毫秒"));
    }

    @Test
    void workerZeroKeepsTrainingInThePage() {
        open("05-practice.html", "?worker=0&engine=js", 1);
        assertEquals("page", js("return Kiln.demos[0].mode()"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[0].run()");
        assertEquals(1000L, r.get("epoch"));
    }

    private static long epochs() {
        return ((Number) js("var t = Kiln.demos[0].tracks[0]; return t.state ? t.state.loss.length : 0")).longValue();
    }

    /** The epochs once the worker's last report before the pause has arrived: the count no longer moves over a few frames. */
    private static long settledEpochs() {
        long last = -1;
        while (true) {
            waitFrames(5);
            long now = epochs();
            if (now == last) return now;
            last = now;
        }
    }
}
