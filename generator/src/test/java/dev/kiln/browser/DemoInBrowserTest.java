package dev.kiln.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article's live demo in Chromium: the browser engines reproduce the build-time run bit for bit, and the widget obeys. */
class DemoInBrowserTest extends ArticleInBrowser {
    static void open(String query) {
        openWithDemos(site.resolve("05-practice.html").toUri() + query, 1);
    }

    @ParameterizedTest(name = "engine={0}")
    @ValueSource(strings = {"js", "wasm"})
    void theBrowserRunEqualsTheBuildTimeRunBitForBit(String engine) {
        open("?engine=" + engine);
        assertEquals(engine, await("Kiln.demos[0].engine()"));
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) await("""
                Kiln.demos[0].run().then(function (r) {
                  var built = JSON.parse(document.querySelector('#demo-1 .demo-result').textContent);
                  var differ = 0;
                  for (var i = 0; i < built.loss.length; i++) if (!Object.is(built.loss[i], r.loss[i])) differ++;
                  for (var j = 0; j < built.metrics.mae.length; j++) if (!Object.is(built.metrics.mae[j], r.metrics.mae[j])) differ++;
                  built.weights[0].forEach(function (w, k) { if (!Object.is(w, r.weights[0][k])) differ++; });
                  return {epochs: r.loss.length, built: built.loss.length, differ: differ,
                          min: Math.min.apply(null, r.predictions), max: Math.max.apply(null, r.predictions),
                          readout: document.querySelector('#demo-1 [data-readout=epoch]').textContent};
                })""");
        assertEquals(1000L, check.get("epochs"));
        assertEquals(1000L, check.get("built"));
        assertEquals(0L, check.get("differ"), "every loss, MAE and weight is bit-identical to the JVM's");
        double min = ((Number) check.get("min")).doubleValue();
        double max = ((Number) check.get("max")).doubleValue();
        assertTrue(min > 0.4 && max < 0.6, "predictions " + min + " – " + max + ", not the article's 0.003");
        assertEquals("1000", check.get("readout"));
        Browser.screenshot(driver.findElement(By.id("demo-1")), "demo-" + engine);
    }

    @Test
    void pauseStopsAndResetAbortsAtOnce() {
        open("?engine=js");
        js("Kiln.demos[0].set('epochs', 100000); Kiln.demos[0].train()");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> Integer.parseInt(readout("epoch")) > 50);
        js("Kiln.demos[0].pause()");
        String paused = readout("epoch");
        waitFrames(20);
        assertEquals(paused, readout("epoch"), "no epoch runs after Pause");
        js("Kiln.demos[0].train()");
        wait.until(d -> Integer.parseInt(readout("epoch")) > Integer.parseInt(paused));
        js("Kiln.demos[0].reset()");
        assertEquals("0", readout("epoch"), "Reset shows epoch 0 at once");
        waitFrames(20);
        assertEquals("0", readout("epoch"), "and no training goes on behind it");
        assertEquals(Boolean.FALSE, js("return Kiln.demos[0].running"));
    }

    /**
     * Step trains one epoch a press, in the same short calls as Train: the first call's budget (64
     * samples) ends inside the example's 100-sample epoch, and the next call finishes it. The
     * losses are the build's, bit for bit, and the demo is paused after each press.
     */
    @ParameterizedTest(name = "engine={0}")
    @ValueSource(strings = {"js", "wasm"})
    void stepTrainsOneEpochAPressEvenAcrossSeveralCalls(String engine) {
        open("?engine=" + engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("""
                (function () {
                  var d = Kiln.demos[0], epochs = [];
                  function press() { return d.step().then(function () { epochs.push(d.tracks[0].state.epoch); }); }
                  return press().then(press).then(press).then(function () {
                    var built = JSON.parse(document.querySelector('#demo-1 .demo-result').textContent), loss = d.tracks[0].state.loss, differ = 0;
                    for (var i = 0; i < loss.length; i++) if (!Object.is(built.loss[i], loss[i])) differ++;
                    return {epochs: epochs.join(','), differ: differ, running: d.running,
                            readout: document.querySelector('#demo-1 [data-readout=epoch]').textContent};
                  });
                })()""");
        assertEquals("1,2,3", r.get("epochs"));
        assertEquals(0L, r.get("differ"), "the stepped losses are the build's");
        assertEquals(Boolean.FALSE, r.get("running"));
        assertEquals("3", r.get("readout"));
    }

    @Test
    void aDivergingRunStopsAndSaysWhen() {
        open("?engine=js");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await(
                "(Kiln.demos[0].set('optimizer', 'sgd'), Kiln.demos[0].set('lr', 1e6), Kiln.demos[0].run())");
        long at = (Long) r.get("divergedAt");
        assertTrue(at > 0 && at < 1000, "diverged at " + at);
        assertEquals(at, r.get("epoch"), "training stopped there");
        String status = driver.findElement(By.cssSelector("#demo-1 .demo-status")).getText();
        assertTrue(status.contains("训练发散") && status.contains("第 " + at + " 轮"), status);
    }

    @Test
    void outOfRangeValuesAreClampedWithAVisibleHint() {
        open("?engine=js");
        type("demo-1-lr", "5e9");
        assertEquals("1000000", driver.findElement(By.id("demo-1-lr")).getAttribute("value"));
        String hint = driver.findElement(By.cssSelector("#demo-1 .demo-hint")).getText();
        assertTrue(hint.contains("学习率") && hint.contains("1000000"), hint);
        type("demo-1-batch", "0");
        assertEquals("1", driver.findElement(By.id("demo-1-batch")).getAttribute("value"));
    }

    @Test
    void settingsLiveInTheUrlFragment() {
        open("?engine=js#demo-1:lr=0.05,epochs=200,optimizer=sgd,batch=16,seed=3");
        assertEquals("0.05", driver.findElement(By.id("demo-1-lr")).getAttribute("value"));
        assertEquals("sgd", driver.findElement(By.id("demo-1-optimizer")).getAttribute("value"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[0].run()");
        assertEquals(200L, r.get("epoch"));
        type("demo-1-epochs", "300");
        String hash = (String) js("return decodeURIComponent(location.hash)");
        assertEquals("#demo-1:lr=0.05,epochs=300,optimizer=sgd,batch=16,seed=3", hash);
    }

    @Test
    void slidersSetTheirBoxAndFitOnAPhone() {
        open("?engine=js");
        js("var r = document.querySelector('#demo-1 .demo-field:first-child input[type=range]');"
                + "r.value = '1000'; r.dispatchEvent(new Event('input')); r.dispatchEvent(new Event('change'));");
        assertEquals("1", driver.findElement(By.id("demo-1-lr")).getAttribute("value"), "the lr slider's top is 1 (log scale from 1e-4)");
        assertTrue(((String) js("return decodeURIComponent(location.hash)")).startsWith("#demo-1:lr=1,"));
        Browser.emulatePhone(driver);
        open("?engine=js");
        assertEquals(Boolean.TRUE, js("return document.scrollingElement.scrollWidth <= window.innerWidth"), "no sideways scroll at 360 px");
        js("document.getElementById('demo-1').scrollIntoView()");
        Browser.screenshot(driver, "demo-phone");
    }

    /** A reader types their own points; a linear model fits them (y = 2x + 1 here, so w ≈ 2 and b ≈ 1). */
    @Test
    void readersCanTrainOnTheirOwnPoints() {
        Path own = TestSites.create(tmp.resolve("own"));
        TestSites.write(own, "site.yaml", "language: zh-CN\n");
        TestSites.write(own, "content/index.md", "---\ntitle: 点\n---\n\n```demo\ndata: {kind: points, points: [[0, 0], [1, 1]]}\n"
                + "model: [1]\noptimizer: {name: adam, lr: 0.1}\nepochs: 500\nbatch: full\ncontrols: [points, epochs]\n```\n");
        TestSites.build(own);
        openWithDemos(own.resolve("out/index.html").toUri() + "?engine=js", 1);
        WebElement box = driver.findElement(By.id("demo-1-points"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0, 1\n1, 3\n2, 5\n3, 7", Keys.TAB);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) await("Kiln.demos[0].run()");
        @SuppressWarnings("unchecked")
        List<Number> w = ((List<List<Number>>) r.get("weights")).get(0);
        assertEquals(2.0, w.get(0).doubleValue(), 0.05);
        assertEquals(1.0, w.get(1).doubleValue(), 0.1);
        assertTrue(((String) js("return decodeURIComponent(location.hash)")).contains("points=0 1;1 3;2 5;3 7"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1, x", Keys.TAB);
        assertTrue(driver.findElement(By.cssSelector("#demo-1 .demo-hint")).getText().contains("每行写一个点"));
    }

    /** The widget speaks the site's language: an English site's buttons, hints and status lines are English. */
    /**
     * A demo's runs take turns frame by frame even when one epoch of a run outlasts a frame's
     * slice (a 128-128 network on 500 points, an epoch of many calls): before, the first run took every frame and the
     * others never started, and the run threw when it ended.
     */
    @Test
    void runsWhoseEpochOutlastsTheSliceStillTakeTurns() {
        openEnglishTraining();
        @SuppressWarnings("unchecked")
        List<Number> epochs = (List<Number>) await("Kiln.demos[1].run().then(function (r) { return r.runs.map(function (run) { return run.loss.length; }); })");
        assertEquals(List.of(4L, 4L), epochs);
        assertEquals("Done: 4 epochs.", driver.findElement(By.cssSelector("#demo-2 .demo-status")).getText());
        assertEquals(List.of("Adam", "SGD"), driver.findElements(By.cssSelector("#demo-2 .demo-runs tbody th")).stream().map(WebElement::getText).toList());
    }

    @Test
    void anEnglishSitesWidgetIsEnglish() {
        openEnglishTraining();
        String buttons = (String) js("return Array.from(document.querySelectorAll('#demo-1 button')).map(b => b.textContent).join('|')");
        assertTrue(buttons.startsWith("Train|Pause|Step|Reset"), buttons);
        WebElement lr = driver.findElement(By.id("demo-1-lr"));
        lr.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5000000", Keys.TAB);
        String hint = driver.findElement(By.cssSelector("#demo-1 .demo-hint")).getText();
        assertTrue(hint.contains("Learning rate must be within") && hint.contains("1000000"), hint);
        await("Kiln.demos[0].run()");
        String status = driver.findElement(By.cssSelector("#demo-1 .demo-status")).getText();
        assertTrue(status.startsWith("Done: ") || status.startsWith("Diverged at epoch"), status);
        String copy = (String) js("var b = document.querySelector('.copy-button'); return b ? b.textContent + '|' + b.getAttribute('aria-label') : ''");
        assertEquals("Copy|Copy code", copy);
    }

    @Test
    void thePageStaysResponsiveWhileTraining() {
        open("?engine=js");
        Object yielded = await("""
                new Promise(function (resolve) {
                  var demo = Kiln.demos[0];
                  demo.set('epochs', 30000);
                  demo.engine().then(function () {
                    demo.train();
                    var frames = 0;
                    (function tick() {
                      frames++;
                      if (frames === 10) { var still = demo.running; demo.pause(); resolve(still); } else requestAnimationFrame(tick);
                    })();
                  });
                })""");
        assertEquals(Boolean.TRUE, yielded, "ten animation frames passed while training was still running");
    }

    @Test
    void theEngineLoadsOnlyWhenTrainingStarts() {
        open("");
        assertEquals(0L, js("return document.querySelectorAll('script[src*=\"demo/kiln-demo\"]').length"), "no engine before the reader asks");
        assertEquals(Boolean.TRUE, js("return document.querySelector('script[src$=\"kiln-demo-ui.js\"]').defer"));
        driver.get(site.resolve("02-core-concepts.html").toUri().toString());
        assertEquals(0L, js("return document.querySelectorAll('script[src*=\"demo\"]').length"), "pages without demos load none of it");
    }

    /** A shared link used to set the inputs but show the default run ("1000 / 300", the defaults' loss). */
    @Test
    void aSharedLinkShowsTheRunItDescribes() {
        open("?engine=js#demo-1:lr=0.02,epochs=300,optimizer=sgd,batch=8,seed=7");
        String total = (String) js("return document.querySelector('#demo-1 [data-readout=epoch]').parentNode.textContent");
        assertTrue(total.contains("/ 300"), "the read-out counts to the link's 300 epochs: " + total);
        assertTrue(!"0.08318".equals(readout("loss")), "the defaults' loss is not shown as the link's");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "300".equals(readout("epoch")));
        String shown = readout("loss");
        @SuppressWarnings("unchecked")
        Map<String, Object> again = (Map<String, Object>) await("Kiln.demos[0].run()");
        assertEquals(300L, again.get("epoch"));
        assertEquals(shown, readout("loss"), "what the link trained is what these settings give");
    }

    /** Reset used to leave the last run's MAE and weights, and a made-up "0 – 1" prediction range. */
    @Test
    void resetClearsEveryReadout() {
        open("?engine=js");
        await("Kiln.demos[0].run()");
        assertTrue(!readout("weights").equals("—"));
        js("Kiln.demos[0].reset()");
        assertEquals("0", readout("epoch"));
        for (String key : List.of("loss", "metric-mae", "weights", "predictions")) assertEquals("—", readout(key), key);
    }

    /** At the default settings the engine finishes in one frame; Train still lets the reader watch it, and Pause catch it. */
    @Test
    void aRunStartedByTrainIsAnimated() {
        open("?engine=js");
        await("Kiln.demos[0].engine()");
        // The page watches its own read-out every frame and presses Pause itself once it has seen
        // the run under way: all between frames, so a slow test machine cannot let the run end unseen.
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], epoch = document.querySelector('#demo-1 [data-readout=epoch]');
                var seen = [], restarted = false; // until the new run resets it, the read-out shows the build's run
                document.querySelector('#demo-1 .demo-train').click();
                (function watch() {
                  var e = +epoch.textContent;
                  restarted = restarted || e < 1000;
                  if (e > 0 && e < 1000 && seen.indexOf(e) < 0) seen.push(e);
                  if (seen.length >= 3) { document.querySelector('#demo-1 .demo-pause').click(); done(seen); }
                  else if (restarted && e >= 1000) done(seen);
                  else requestAnimationFrame(watch);
                })();""");
        assertEquals(3, seen.size(), "the epoch count rose over several frames before the run ended: " + seen);
        String paused = readout("epoch");
        assertTrue(Integer.parseInt(paused) < 1000, "Pause caught the run under way: epoch " + paused);
        waitFrames(10);
        assertEquals(paused, readout("epoch"), "Pause caught it");
    }

    /** On a phone the four buttons share a row, no label breaks inside a word, and the fields' labels line up. */
    @Test
    void theWidgetLaysOutOnAPhone() {
        Browser.emulatePhone(driver);
        try {
            open("?engine=js");
            await("Kiln.demos[0].run()");
            assertEquals(1L, js("return new Set([...document.querySelectorAll('#demo-1 .demo-button')].map(b => b.offsetTop)).size"),
                    "the buttons share one row");
            assertEquals("", js("""
                    return [...document.querySelectorAll('#demo-1 .demo-readout dt')].filter(function (dt) {
                      var r = document.createRange();
                      r.selectNodeContents(dt);
                      return r.getClientRects().length !== 1;
                    }).map(dt => dt.textContent).join(' ')"""), "every read-out label is on one line");
            assertEquals(Boolean.TRUE, js("""
                    // fields whose boxes overlap vertically are one row; their labels must share a top
                    var fields = [...document.querySelectorAll('#demo-1 .demo-field')].map(f => f.getBoundingClientRect())
                      .sort((a, b) => a.top - b.top);
                    var labels = [...document.querySelectorAll('#demo-1 .demo-field label')].map(l => l.getBoundingClientRect().top);
                    var rows = [], bottom = -Infinity;
                    fields.forEach(function (f, i) {
                      if (f.top >= bottom) rows.push([]);
                      rows[rows.length - 1].push(i);
                      bottom = Math.max(bottom, f.bottom);
                    });
                    var tops = [...document.querySelectorAll('#demo-1 .demo-field')].map(f => f.querySelector('label').getBoundingClientRect().top - f.getBoundingClientRect().top);
                    var fieldTops = fields.map(f => f.top);
                    return rows.every(function (row) {
                      var t = row.map(i => fieldTops[i]);
                      return Math.max.apply(null, t) - Math.min.apply(null, t) < 1;
                    }) && tops.every(t => t < 1)"""),
                    "labels in a row line up (优化器 sat lower)");
        } finally {
            Browser.emulateDesktop(driver);
        }
    }

    /** The canvas axis labels are written as the build-time SVG's are, so the chart does not change its words when it goes live. */
    @Test
    void axisLabelsReadTheSameInTheCanvasAndTheSvg() {
        open("?engine=js");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            double v = (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble() * 16 - 8);
            assertEquals(dev.kiln.demoblock.DemoNumbers.tick(v), js("return Kiln.demoFormat.tick(arguments[0])", v), "tick(" + v + ")");
        }
    }

    /**
     * At 100,000 epochs, the most the box allows, the page used to freeze: 40–54 tasks of up to 3 s,
     * spent copying the whole history out of the engine every frame. Now each epoch crosses from
     * the engine once: the frames' progress calls add up to the run, and the whole-history state()
     * is never called while training. (How long the page's tasks take is a speed figure, measured
     * in bench/, not here.)
     */
    @ParameterizedTest(name = "engine={0}")
    @ValueSource(strings = {"js", "wasm"})
    void aLongRunFetchesEachEpochFromTheEngineOnce(String engine) {
        open("?engine=" + engine);
        assertEquals(engine, await("Kiln.demos[0].engine()"));
        @SuppressWarnings("unchecked")
        Map<String, Object> calls = (Map<String, Object>) await("""
                Kiln.demos[0].ensureSessions().then(function () {
                  var d = Kiln.demos[0], real = d.api, counts = {progress: 0, epochs: 0, state: 0, frames: 0};
                  // a stand-in that counts what crosses from the engine (Wasm's exports cannot be wrapped in place)
                  d.api = {
                    create: function (j) { return real.create(j); }, createRun: function (j, i) { return real.createRun(j, i); },
                    lastError: function () { return real.lastError(); },
                    train: function (s, n) { return real.train(s, n); }, trainFor: function (s, n, b) { return real.trainFor(s, n, b); }, snapshot: function (s) { return real.snapshot(s); },
                    dispose: function (s) { return real.dispose(s); },
                    progress: function (s, from) { var p = real.progress(s, from); counts.progress++; counts.epochs += p.loss.length; return p; },
                    state: function (s) { counts.state++; return real.state(s); }
                  };
                  var ensure = d.ensureSessions;
                  d.ensureSessions = function () { var api = d.api; return ensure.apply(d, arguments).then(function (e) { d.api = api; return e; }); };
                  d.set('epochs', 100000);
                  return d.run().then(function (r) { counts.length = r.loss.length; return counts; });
                })""");
        assertEquals(100000L, calls.get("length"));
        assertEquals(100000L, calls.get("epochs"), "every epoch crossed once: " + calls);
        assertEquals(0L, calls.get("state"), "the whole history is never copied while training");
        assertTrue((Long) calls.get("progress") > 1, "the run was fetched frame by frame: " + calls);
    }

    private static Path english;

    /** The English fixture's page of two demos, from file:// with the JavaScript engine; the fixture is built once for the class. */
    private static void openEnglishTraining() {
        if (english == null) {
            english = tmp.resolve("english");
            TestSites.buildFixture("english", english);
        }
        openWithDemos(english.resolve("guide/training.html").toUri() + "?engine=js", 2);
    }

    /** Types into a field as a reader does: select what is there, type over it, leave the field. */
    private static void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static String readout(String key) {
        return (String) js("return document.querySelector('#demo-1 [data-readout=\"' + arguments[0] + '\"]').textContent", key);
    }

}
