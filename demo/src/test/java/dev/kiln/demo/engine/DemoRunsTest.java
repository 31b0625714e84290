package dev.kiln.demo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A demo's runs: each is the demo's settings with its own changes, the same whether read from the author's YAML or the page's JSON. */
class DemoRunsTest {
    static final String OPTIMIZERS = """
            {"data": {"kind": "linear", "samples": 200, "features": 2, "weights": [2, -1], "noise": 0.1}, "model": [1],
             "optimizer": {"name": "sgd", "lr": 0.05}, "epochs": 200, "target": 0.02, "controls": ["epochs", "seed"],
             "runs": [{"label": "SGD", "batch": 1}, {"label": "Adam", "optimizer": {"name": "adam"}, "batch": "full"},
                      {"label": "Adam, named", "optimizer": "adam", "init": "he"}]}""";

    @Test
    void aRunIsTheDemosSettingsWithItsOwnChanges() {
        DemoSpec demo = DemoSpecTest.spec(OPTIMIZERS);
        assertEquals(3, demo.runs.length);
        DemoSpec sgd = demo.runs[0];
        DemoSpec adam = demo.runs[1];
        assertEquals("SGD", sgd.label);
        assertEquals(1, sgd.batch);
        assertEquals("sgd", sgd.optimizer);
        assertEquals(200, sgd.samples, "the data is the demo's");
        assertEquals("adam", adam.optimizer);
        assertEquals(0.05, adam.lr, "a mapping merges: Adam keeps the demo's learning rate");
        assertEquals(0, adam.batch);
        assertEquals(0.02, demo.target);
        assertEquals(0, sgd.runs.length, "a run has no runs of its own");
        DemoSpec named = demo.runs[2];
        assertEquals("adam", named.optimizer);
        assertEquals(0.05, named.lr, "a name alone merges as {name: adam}: the demo's lr stays");
        assertEquals(Initializer.HE, named.init);
        assertEquals(32, named.batch);
    }

    /** The page has only the filled-in settings; its runs must be the build's, to the byte. */
    @Test
    void thePagesJsonGivesTheSameRuns() {
        DemoSpec demo = DemoSpecTest.spec(OPTIMIZERS);
        DemoSpec again = DemoSpecTest.spec(demo.toJson());
        assertEquals(demo.toJson(), again.toJson());
        for (int i = 0; i < demo.runs.length; i++) assertEquals(demo.runs[i].toJson(), again.runs[i].toJson());
        // the reader's control sets the demo's epochs, and every run follows
        DemoSpec shorter = DemoSpecTest.spec(demo.toJson().replace("\"epochs\":200", "\"epochs\":50"));
        assertEquals(50, shorter.runs[0].epochs);
        assertEquals(50, shorter.runs[1].epochs);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"runs\": [{\"label\": \"one\"}]|runs|give 2 to 6 runs",
            "\"runs\": [{\"label\": \"a\"}, {\"batch\": 1}]|runs[1].label|give each run a label",
            "\"runs\": [{\"label\": \"a\"}, \"b\"]|runs[1]|a run is a mapping",
            "\"runs\": [{\"label\": \"a\"}, {\"label\": \"b\", \"controls\": [\"lr\"]}]|runs[1].controls|belongs to the whole demo",
            "\"runs\": [{\"label\": \"a\"}, {\"label\": \"b\", \"optimizer\": {\"lr\": 0}}]|runs[1].optimizer.lr|must be greater than 0",
            "\"runs\": [{\"label\": \"a\"}, {\"label\": \"b\", \"optimizer\": \"adam\"}], \"controls\": [\"lr\"]|controls[0]|run `b` sets optimizer.lr itself",
            "\"runs\": [{\"label\": \"a\"}, {\"label\": \"b\"}], \"panel\": \"fit\"|panel|leave out panel",
            "\"target\": 0.1|target|it needs runs"})
    void badRunsNameTheirPlace(String json, String path, String message) {
        SpecException e = assertThrows(SpecException.class, () -> DemoSpecTest.spec("{" + json + "}"));
        assertEquals(path, e.path());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
