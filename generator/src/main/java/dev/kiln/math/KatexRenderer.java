package dev.kiln.math;

import dev.kiln.cache.DiskCache;
import dev.kiln.demo.engine.Json;
import dev.kiln.js.JsRuntime;
import dev.kiln.problem.Limits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Formulas to HTML with KaTeX, at build time: the reader gets finished HTML and MathML, and no
 * KaTeX JavaScript. Results are cached by KaTeX version, options, display mode and TeX, so an
 * unchanged site renders no formula twice, and a fully cached build never starts GraalJS.
 */
public final class KatexRenderer implements AutoCloseable {
    public static final String VERSION = "0.18.11";
    private static final String DIST = "META-INF/resources/webjars/katex/" + VERSION + "/dist/";

    /** A rendered formula, or KaTeX's parse error with its 0-based position in the TeX (-1 if unknown). */
    public record Result(String html, String error, int position) {
        public boolean ok() {
            return error == null;
        }
    }

    private final JsRuntime js = new JsRuntime(List.of(DIST + "katex.min.js", "kiln/js/katex-glue.js"));
    private final DiskCache cache;
    private final String macrosJson;
    private final AtomicInteger rendered = new AtomicInteger();
    private final Duration budget;

    /** @param macros KaTeX macros from site.yaml, such as {@code \R: \mathbb{R}} */
    public KatexRenderer(DiskCache cache, Map<String, String> macros) {
        this(cache, macros, Limits.RENDER_TIME);
    }

    /** @param budget how long one formula may take before it fails (its context is then cancelled) */
    public KatexRenderer(DiskCache cache, Map<String, String> macros, Duration budget) {
        this.cache = cache;
        this.macrosJson = Json.write(new TreeMap<String, Object>(macros));
        this.budget = budget;
    }

    public Result render(String tex, boolean display) {
        if (tex.length() > Limits.FORMULA_CHARS) {
            return new Result(null, "the formula is " + tex.length() + " characters long; Kiln renders formulas of at most "
                    + Limits.FORMULA_CHARS + " (split it into several)", 0);
        }
        String key = DiskCache.key("katex", VERSION, "htmlAndMathml", macrosJson, display ? "display" : "inline", tex);
        return cache.through(key, html -> new Result(html, null, -1), () -> renderNow(tex, display), r -> r.ok() ? r.html() : null);
    }

    private Result renderNow(String tex, boolean display) {
        Result result;
        try {
            result = js.call("kilnRenderMath", budget, out -> out.hasMember("error")
                    ? new Result(null, out.getMember("error").asString(), out.getMember("position").asInt())
                    : new Result(out.getMember("html").asString(), null, -1), tex, display, macrosJson);
        } catch (JsRuntime.TimeoutException e) {
            return new Result(null, "the formula " + e.getMessage() + " to render (Kiln's limit); simplify or split it", 0);
        }
        rendered.incrementAndGet();
        return result;
    }

    /** Formulas that went through KaTeX rather than the cache, for the build summary. */
    public int renderedCount() {
        return rendered.get();
    }

    /** The stylesheet and its fonts, for {@code assets/katex/}. */
    public static String cssResource() {
        return DIST + "katex.min.css";
    }

    public static String fontsResourceDir() {
        return DIST + "fonts/";
    }

    @Override
    public void close() {
        js.close();
    }
}
