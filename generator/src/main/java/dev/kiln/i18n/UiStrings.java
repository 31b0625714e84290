package dev.kiln.i18n;

import dev.kiln.js.JsLiteral;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word the theme or the build shows a reader, in the site's language: the skip link, the
 * navigation labels, admonition titles, what a screen reader hears for a diagram, the demo
 * widget. Tables ship for {@link #SHIPPED}; a language without one, and a key a table lacks,
 * fall back to English, string by string. {@code site.yaml}'s {@code ui:} overrides any key.
 */
public final class UiStrings {
    /** The tables in the jar, {@code kiln/ui/<tag>.properties}. */
    public static final List<String> SHIPPED = List.of("en", "zh-CN", "zh-TW", "ja", "fr", "de", "es");
    private static final Map<String, Map<String, String>> TABLES = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> overrides;
    private final Map<String, String> strings;

    private UiStrings(String language, Map<String, String> overrides, Map<String, String> strings) {
        this.language = language;
        this.overrides = overrides;
        this.strings = strings;
    }

    /** The strings for a BCP 47 tag ({@code zh-CN}, {@code de-AT}, {@code pt}), with the author's overrides on top. */
    public static UiStrings of(String language, Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(table("en"));
        String shipped = shippedFor(language);
        if (shipped != null) all.putAll(table(shipped));
        all.putAll(overrides);
        return new UiStrings(language, Map.copyOf(overrides), Collections.unmodifiableMap(all));
    }

    /** Every key there is: the English table's. An override of another key is a typo. */
    public static Set<String> keys() {
        return table("en").keySet();
    }

    /**
     * The shipped table for a tag: the exact one, else one of the same language ({@code zh-Hant}
     * and {@code zh-HK} read traditional characters; other {@code zh} simplified), else none.
     */
    static String shippedFor(String language) {
        String tag = language.strip().replace('_', '-');
        for (String s : SHIPPED) if (s.equalsIgnoreCase(tag)) return s;
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh")) {
            return lower.contains("hant") || lower.endsWith("-tw") || lower.endsWith("-hk") || lower.endsWith("-mo") ? "zh-TW" : "zh-CN";
        }
        String base = lower.split("-")[0];
        for (String s : SHIPPED) if (s.equals(base)) return s;
        return null;
    }

    public String language() {
        return language;
    }

    /** A string by key; an unknown key is a theme's mistake, so it fails loudly. */
    public String get(String key) {
        String s = strings.get(key);
        if (s == null) throw new IllegalArgumentException("no UI string `" + key + "`");
        return s;
    }

    /** A string with its {@code {name}} places filled: {@code format("demoDone", "epochs", 300)}. */
    public String format(String key, Object... namesAndValues) {
        String s = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            s = s.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return s;
    }

    /** All strings, for templates ({@code ${ui.next}}). */
    public Map<String, String> asMap() {
        return strings;
    }

    /** The strings whose keys start with one of {@code prefixes}, as a JSON object for the theme's scripts. */
    public String json(String... prefixes) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> e : new TreeMap<>(strings).entrySet()) {
            boolean wanted = false;
            for (String p : prefixes) wanted |= e.getKey().startsWith(p);
            if (!wanted) continue;
            if (out.length() > 1) out.append(',');
            out.append(JsLiteral.quote(e.getKey())).append(':').append(JsLiteral.quote(e.getValue()));
        }
        return out.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UiStrings u && u.language.equals(language) && u.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + overrides.hashCode();
    }

    /** What decides every string: part of cache keys, so a changed override renders again. */
    @Override
    public String toString() {
        return language + new TreeMap<>(overrides);
    }

    private static Map<String, String> table(String tag) {
        return TABLES.computeIfAbsent(tag, t -> {
            Properties p = new Properties();
            try (InputStream in = UiStrings.class.getResourceAsStream("/kiln/ui/" + t + ".properties")) {
                if (in == null) throw new IllegalStateException("the UI table " + t + " is missing from Kiln's jar");
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
            return Collections.unmodifiableMap(new TreeMap<>(m));
        });
    }
}
