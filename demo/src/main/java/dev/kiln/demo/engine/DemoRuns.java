package dev.kiln.demo.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo of several runs, such as four optimizers on the same data: each run is the demo's
 * settings, filled in ({@link DemoSpec#toMap}), with the run's own changes written over them, map
 * into map; a name alone ({@code optimizer: adam}, {@code init: he}) stands for {@code {name: …}}
 * and merges the same way. Writing over the filled-in settings, not the author's text, makes the build and the
 * page (which only has the filled-in form) derive the very same runs. A reader's control sets the
 * demo's settings, so it reaches every run; a control over a setting that a run changes could not,
 * and is refused.
 */
final class DemoRuns {
    static final int MAX_RUNS = 6;
    /** Settings of the demo as a whole, not of one run. */
    private static final List<String> DEMO_ONLY = List.of("title", "runs", "target", "controls", "panel");
    /** The setting each control writes, as a path into the settings. */
    private static final Map<String, String> CONTROL_PATHS = Map.ofEntries(Map.entry("lr", "optimizer.lr"), Map.entry("epochs", "epochs"),
            Map.entry("optimizer", "optimizer.name"), Map.entry("batch", "batch"), Map.entry("seed", "data.seed"), Map.entry("noise", "data.noise"),
            Map.entry("l2", "l2"), Map.entry("momentum", "optimizer.momentum"), Map.entry("points", "data.points"), Map.entry("patience", "patience"),
            Map.entry("preprocess", "preprocess"), Map.entry("init", "init.name"), Map.entry("activation", "model"));

    private DemoRuns() {}

    @SuppressWarnings("unchecked")
    static void read(DemoSpec demo, SpecReader r, List<SpecException> problems) {
        List<Object> written = r.list("runs");
        if (written.size() < 2 || written.size() > MAX_RUNS) {
            throw new SpecException(r.at("runs"), "give 2 to " + MAX_RUNS + " runs, each a label and what it changes, such as {label: Adam, optimizer: adam}");
        }
        if (r.has("panel")) throw new SpecException(r.at("panel"), "a demo with runs shows a table of its runs beside the loss curves: leave out panel");
        demo.target = r.number("target", 0, 0, 1e12);
        Map<String, Object> base = demo.toMap();
        for (String key : DEMO_ONLY) base.remove(key);
        DemoSpec[] runs = new DemoSpec[written.size()];
        for (int i = 0; i < runs.length; i++) {
            String at = r.at("runs") + "[" + i + "]";
            if (!(written.get(i) instanceof Map)) throw new SpecException(at, "a run is a mapping: a label and what it changes, such as {label: Adam, optimizer: adam}");
            Map<String, Object> changes = new LinkedHashMap<>((Map<String, Object>) written.get(i));
            Object label = changes.remove("label");
            if (!(label instanceof String text) || text.isBlank()) throw new SpecException(at + ".label", "give each run a label for its legend, such as `label: Adam`");
            for (String key : changes.keySet()) {
                if (DEMO_ONLY.contains(key)) throw new SpecException(at + "." + key, "`" + key + "` belongs to the whole demo, not to one run: move it out of runs");
            }
            for (int c = 0; c < demo.controls.length; c++) {
                String path = CONTROL_PATHS.get(demo.controls[c]);
                if (writes(changes, path)) {
                    throw new SpecException(r.at("controls") + "[" + c + "]", "run `" + label + "` sets " + path + " itself, so the `" + demo.controls[c]
                            + "` control could not change it: drop the control, or the setting from the run");
                }
            }
            try {
                runs[i] = DemoSpec.from(over(base, changes));
            } catch (SpecException e) {
                for (SpecException bad : e.all()) problems.add(new SpecException(at + "." + bad.path(), bad.getMessage()));
                continue;
            }
            runs[i].label = text;
        }
        demo.runs = runs;
        demo.panel = "runs";
        demo.runOverrides = written;
    }

    /** The settings with the changes written over them: maps merge, anything else is replaced. Neither is modified. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> over(Map<String, Object> settings, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            Object old = out.get(e.getKey());
            Object value = e.getValue();
            // `optimizer: adam` over a filled-in optimizer is `{name: adam}`: it keeps the demo's lr, as a mapping would
            if (old instanceof Map<?, ?> m && m.containsKey("name") && value instanceof String name) value = Map.of("name", name);
            out.put(e.getKey(), old instanceof Map && value instanceof Map ? over((Map<String, Object>) old, (Map<String, Object>) value) : value);
        }
        return out;
    }

    /** Whether the changes set the setting at {@code path}, or all of a mapping that holds it. */
    @SuppressWarnings("unchecked")
    static boolean writes(Map<String, Object> changes, String path) {
        int dot = path.indexOf('.');
        String key = dot < 0 ? path : path.substring(0, dot);
        if (!changes.containsKey(key)) return false;
        Object v = changes.get(key);
        return dot < 0 || !(v instanceof Map) || writes((Map<String, Object>) v, path.substring(dot + 1));
    }
}
