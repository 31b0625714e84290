package dev.kiln.demoblock;

import dev.kiln.cache.DiskCache;
import dev.kiln.demo.engine.DemoSpec;
import dev.kiln.demo.engine.SpecException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demo} blocks: YAML settings, checked by the engine's own rules, trained on the JVM at
 * build time (cached by settings, like formulas), and shown as a figure the page's widget brings
 * to life. The browser runs the same engine, compiled by TeaVM, and gets the same numbers.
 */
public final class DemoRenderer {
    /** Part of every cache key: bump it when the engine's arithmetic or the result format changes. */
    public static final String VERSION = "engine-4";

    /** What a demo block becomes. */
    public sealed interface Result {
        record Html(String html) implements Result {}

        /** A 0-based line and column within the block, and what is wrong there. */
        record Error(int line, int column, String message) implements Result {}

        /** Several bad settings in one block, each at its place. */
        record Errors(List<Error> errors) implements Result {}
    }

    private final DiskCache cache;
    private final DemoFigure figure;
    private final java.util.Map<String, RunResult> runs = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param ui the site's UI strings: the figure's labels and captions */
    public DemoRenderer(DiskCache cache, dev.kiln.i18n.UiStrings ui) {
        this.cache = cache;
        this.figure = new DemoFigure(ui);
    }

    /** A cached result, or null if the entry cannot be read (written by another version, or damaged): it is trained again. */
    private static RunResult cached(String json) {
        try {
            return RunResult.fromJson(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A run's result: from memory, from the cache, or trained now (once, however many threads ask).
     * Kept parsed, because a demo that a thousand pages embed is otherwise read a thousand times.
     */
    private RunResult trained(DemoSpec run) {
        String key = DiskCache.key("demo", VERSION, run.toJson());
        RunResult known = runs.get(key);
        if (known != null) return known;
        RunResult result = cache.through(key, DemoRenderer::cached, () -> RunResult.train(run), RunResult::toJson);
        if (result == null) { // a damaged entry: train again, and replace it
            result = RunResult.train(run);
            cache.put(key, result.toJson());
        }
        runs.put(key, result);
        return result;
    }

    /** Figures already made, by block and id: a demo a thousand pages embed is drawn once, not a thousand times (a fifth of a cold 10,000-page build). */
    private final java.util.Map<String, Result> figures = new java.util.concurrent.ConcurrentHashMap<>();
    /** Distinct figures kept; past it they are drawn each time (a figure is tens of KB). */
    private static final int FIGURES_KEPT = 256;

    /** @param id the figure's element id, unique in its page */
    public Result render(String yaml, String id) {
        String key = id + "\0" + yaml;
        Result known = figures.get(key);
        if (known != null) return known;
        Result made = draw(yaml, id);
        if (figures.size() < FIGURES_KEPT) figures.put(key, made);
        return made;
    }

    private Result draw(String yaml, String id) {
        DemoSettings settings;
        try {
            settings = DemoSettings.parse(yaml);
        } catch (DemoSettings.Malformed e) {
            return new Result.Error(e.line, e.column, e.getMessage());
        }
        DemoSpec spec;
        try {
            spec = DemoSpec.from(settings.values());
        } catch (SpecException e) {
            List<Result.Error> errors = new ArrayList<>();
            for (SpecException bad : e.all()) {
                int[] at = settings.positionOf(bad.path());
                errors.add(new Result.Error(at[0], at[1], "demo setting `" + bad.path() + "`: " + bad.getMessage()));
            }
            return errors.size() == 1 ? errors.get(0) : new Result.Errors(errors);
        }
        List<RunResult> results = new ArrayList<>();
        for (DemoSpec run : spec.runs.length > 0 ? spec.runs : new DemoSpec[] {spec}) {
            RunResult result;
            try {
                result = trained(run);
            } catch (RunResult.TooLong e) {
                int[] at = settings.positionOf("epochs");
                return new Result.Error(at[0], at[1], e.getMessage());
            }
            results.add(result);
        }
        return new Result.Html(figure.html(id, spec, results));
    }
}
