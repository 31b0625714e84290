package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demo blocks in real pages: trained at build time, shown without JavaScript, and bad settings refused at their line. */
class DemoBlocksTest {
    private static final String SINE = """
            ```demo
            title: 正弦拟合
            data: {kind: sine, samples: 64, noise: 0.05, seed: 3}
            model: [16 tanh, 1]
            optimizer: {name: adam, lr: 0.02}
            epochs: 300
            batch: full
            metrics: [mae]
            controls: [lr, epochs]
            ```
            """;

    @TempDir
    Path site;

    @BeforeEach
    void create() {
        TestSites.create(site);
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n没有演示。\n");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve("out").resolve(url).toFile(), "UTF-8");
    }

    @Test
    void aDemoIsTrainedAtBuildTimeAndReadsWithoutJavaScript() throws Exception {
        write(site, "site.yaml", "language: zh-CN\n"); // a Chinese site: its chrome and descriptions are Chinese
        write(site, "content/d.md", "---\ntitle: 演示\n---\n\n" + SINE + "\n第二个：\n\n" + SINE);
        TestSites.build(site);
        Document doc = page("d.html");
        List<Element> demos = doc.select("figure.demo");
        assertEquals(List.of("demo-1", "demo-2"), demos.stream().map(Element::id).toList());
        Element demo = demos.get(0);
        assertEquals("正弦拟合", demo.selectFirst("figcaption").text());
        assertEquals("300", demo.selectFirst("[data-readout=epoch]").text());
        double loss = Double.parseDouble(demo.selectFirst("[data-readout=loss]").text());
        assertTrue(loss < 0.05, "a 16-unit tanh net fits a sine: final loss " + loss);
        assertTrue(demo.selectFirst("svg.demo-loss").attr("aria-label").contains("共 300 轮"));
        assertNotNull(demo.selectFirst("svg.demo-fit polyline[data-series=fit]"), "one input: data and the model's curve");
        String result = demo.selectFirst("script.demo-result").data();
        assertTrue(result.startsWith("{\"loss\":[") && result.contains("\"mae\":["), result.substring(0, 40));
        assertTrue(result.contains("\"weights\":[]") && result.contains("\"parameters\":49"),
                "an MLP's page carries its parameter count, which is all the read-out shows, not every weight");
        assertTrue(demo.selectFirst("script.demo-spec").data().contains("\"controls\":[\"lr\",\"epochs\"]"));
        assertEquals(List.of("assets/kiln-theme.js", "assets/kiln.js", "assets/kiln-search.js", "assets/kiln-preview.js", "assets/kiln-demo-ui.js"), doc.select("script[src]").eachAttr("src"));
        assertTrue(page("index.html").select("script[src*=demo]").isEmpty(), "pages without demos load nothing of it");
        assertTrue(Files.size(site.resolve("out/assets/demo/kiln-demo.js")) > 10_000);
        assertTrue(TestSites.read(site.resolve("out/assets/demo/kiln-demo-wasm.js")).contains("self.KilnDemoWasm=\"AGFzbQ"), "the Wasm module, base64");
    }

    @Test
    void noDemoNoEngine() throws Exception {
        TestSites.build(site);
        assertFalse(Files.exists(site.resolve("out/assets/demo")));
    }

    @Test
    void theRunIsCachedByItsSettings() throws Exception {
        write(site, "content/d.md", "---\ntitle: 演示\n---\n\n" + SINE);
        BuildOptions options = new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("out"), null, false, false, site.resolve("cache"));
        new SiteBuilder().build(options);
        String first = TestSites.read(site.resolve("out/d.html"));
        try (var files = Files.walk(site.resolve("cache/demo"))) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
        new SiteBuilder().build(options);
        assertEquals(first, TestSites.read(site.resolve("out/d.html")), "the cached run gives the same page, byte for byte");
    }

    /** One bad setting per build, each reported at its own line and column with what is allowed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "optimizer: {name: adam, lr: 0}|7:25|demo setting `optimizer.lr`: must be greater than 0",
            "optimizer: {name: sgd, lr: -0.5}|7:24|demo setting `optimizer.lr`: must be greater than 0",
            "epochs: 200000|7:1|demo setting `epochs`: must be from 1 to 100000; got 200000",
            "batch: 0|7:1|demo setting `batch`: must be from 1 to 1000000; got 0",
            "model: [32 swish, 1]|7:9|demo setting `model[0]`: unknown activation `swish`: use linear, relu, sigmoid or tanh",
            "model: [0]|7:9|demo setting `model[0]`: a layer has 1 to 256 units; got 0",
            "epoch: 10|7:1|demo setting `epoch`: unknown key `epoch`: allowed here are title, data, model",
            "loss: hinge|7:1|demo setting `loss`: unknown loss `hinge`: use mse or mae",
            "data: {kind: spiral}|7:8|demo setting `data.kind`: unknown value `spiral`: use uniform, linear, sine, points",
            "controls: [lr, speed]|7:16|demo setting `controls[1]`: unknown control `speed`",
            "optimizer: {name: adam, lr: [0.1}|7:33|malformed YAML"})
    void badSettingsFailTheBuildAtTheirLine(String line, String where, String message) {
        write(site, "content/bad.md", "---\ntitle: 坏演示\n---\n\n```demo\ntitle: x\n" + line + "\n```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(site.resolve("content/bad.md") + ":" + where, problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith(message), problems.get(0).message());
        assertFalse(Files.exists(site.resolve("out")));
    }

    @Test
    void everyBadSettingOfABlockIsReportedAtItsOwnLine() {
        write(site, "content/bad.md", "---\ntitle: 坏演示\n---\n\n```demo\ndata: 3\nepochs: 0\nbatch: many\n"
                + "optimizer: {name: adam, lr: -1}\nfrobnicate: 1\n```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        List<String> found = problems.stream().map(p -> p.location().substring(p.location().lastIndexOf("bad.md")) + " " + p.message()).toList();
        assertEquals(5, problems.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bad.md:6:") && f.contains("`data`") && f.contains("{kind: uniform")),
                "the data hint is data's own example: " + found);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bad.md:7:") && f.contains("`epochs`")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bad.md:8:") && f.contains("`batch`")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bad.md:9:") && f.contains("`optimizer.lr`")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bad.md:10:") && f.contains("frobnicate")), found.toString());
    }

    @Test
    void aDemoInsideAnAdmonitionReportsTheFileLine() {
        write(site, "content/bad.md", "---\ntitle: 坏演示\n---\n\n!!! tip \"试试\"\n    ```demo\n    data: {kind: uniform}\n    epochs: 0\n    ```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        assertEquals(site.resolve("content/bad.md") + ":8:5", problems.get(0).location());
    }
    /**
     * A demo of several runs on an English site: one chart with a curve per run, a table in the
     * site's language that is also the legend, and a bad setting inside a run reported at its
     * own line and column.
     */
    @Test
    void aDemoOfSeveralRunsDrawsThemTogetherAndNamesABadRunsLine() throws Exception {
        write(site, "site.yaml", "title: Notes\nlanguage: en\n");
        write(site, "content/runs.md", "---\ntitle: Optimizers\n---\n\n```demo\ndata: {kind: linear, samples: 50, features: 1, weights: [3]}\n"
                + "model: [1]\noptimizer: {name: sgd, lr: 0.05}\nepochs: 40\ntarget: 0.05\nruns:\n  - {label: Batch 1, batch: 1}\n"
                + "  - {label: Full batch, batch: full}\n  - {label: Adam, optimizer: adam}\ncontrols: [epochs]\n```\n");
        TestSites.build(site);
        Element demo = page("runs.html").getElementById("demo-1");
        assertEquals(3, demo.select("svg.demo-loss polyline[data-series^=run-]").size(), "a curve per run, in one chart");
        assertEquals(List.of("Run", "Epochs", "Loss ≤ 0.05 at epoch", "Updates", "Final loss", "Time to reach it"),
                demo.select(".demo-runs thead th").eachText());
        assertEquals(List.of("Batch 1", "Full batch", "Adam"), demo.select(".demo-runs tbody th").eachText());
        assertEquals(List.of("2000", "40", "80"), demo.select(".demo-runs [data-cell=updates]").eachText(), "updates are per batch: 50, 1 and 2 an epoch");
        assertNotNull(demo.selectFirst(".demo-runs .demo-swatch line.demo-series-2"), "each row shows its curve's line");
        assertTrue(demo.selectFirst("svg.demo-loss").attr("aria-label").startsWith("Batch 1: from "), "the chart's text names every run");

        write(site, "content/runs.md", "---\ntitle: Optimizers\n---\n\n```demo\nruns:\n  - {label: A}\n  - label: B\n    optimizer: {name: sgd, lr: -1}\n```\n");
        List<Problem> problems = assertThrows(BuildFailedException.class, () -> TestSites.build(site)).problems();
        assertEquals(site.resolve("content/runs.md") + ":9:28", problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith("demo setting `runs[1].optimizer.lr`: must be greater than 0"), problems.get(0).message());
    }
}
