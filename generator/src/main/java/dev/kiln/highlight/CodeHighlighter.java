package dev.kiln.highlight;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.kiln.cache.DiskCache;
import dev.kiln.js.JsRuntime;
import dev.kiln.problem.Limits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Highlights code with highlight.js at build time, into {@code hljs-*} classes that the theme
 * colours for light and dark. Cached like formulas; a language highlight.js does not know is
 * remembered as unknown, so the warning costs no engine start on the next build.
 */
public final class CodeHighlighter implements AutoCloseable {
    public static final String VERSION = "11.11.1";
    private static final String UNKNOWN = "\u0000unknown";
    /** Shown as they are: plain text, and diagram sources until their renderer lands. */
    private static final Set<String> PLAIN = Set.of("", "text", "txt", "plain", "plaintext", "mermaid");

    private final JsRuntime js = new JsRuntime(List.of(
            "META-INF/resources/webjars/highlightjs/" + VERSION + "/highlight.min.js", "kiln/js/highlight-glue.js"));
    private final DiskCache cache;

    public CodeHighlighter(DiskCache cache) {
        this.cache = cache;
    }

    public static boolean isPlain(String language) {
        return PLAIN.contains(language.toLowerCase(Locale.ROOT));
    }

    /** Highlighted HTML, or empty when the language is unknown (the caller shows plain text and warns). */
    public Optional<String> highlight(String code, String language) {
        String key = DiskCache.key("highlight.js", VERSION, language, code);
        String highlighted = cache.through(key, cached -> cached, () -> {
            try {
                return js.call("kilnHighlight", Limits.RENDER_TIME, out -> out.isNull() ? UNKNOWN : out.asString(), code, language);
            } catch (JsRuntime.TimeoutException e) {
                return null; // shown plain, and tried again next time: colours are not worth a stuck build
            }
        }, result -> result);
        if (highlighted == null) return Optional.of(Escaping.escapeHtml(code, false));
        return highlighted.equals(UNKNOWN) ? Optional.empty() : Optional.of(highlighted);
    }

    @Override
    public void close() {
        js.close();
    }
}
