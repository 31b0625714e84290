package dev.kiln.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The CSL styles and locales Kiln ships, from the CSL project's Maven artifacts
 * ({@code org.citationstyles:styles} and {@code :locales}, CC BY-SA 3.0), unpacked into the jar by the
 * build: the style's short name here, its file in the CSL repository there.
 */
public final class Styles {
    /** Short names authors write in {@code citation-style:}, and the styles' files. */
    public static final Map<String, String> FILES = Map.of(
            "apa", "apa.csl",
            "ieee", "ieee.csl",
            "gb-t-7714", "china-national-standard-gb-t-7714-2015-numeric.csl");

    private Styles() {}

    public static String style(String name) {
        return read("kiln/csl/" + FILES.get(name));
    }

    /**
     * The CSL locale for the site's language: the shipped one of the same language, else English.
     * {@code zh-Hant}, {@code zh-TW} and {@code zh-HK} read traditional characters.
     */
    public static String localeTag(String language) {
        String tag = language.replace('_', '-');
        String lang = tag.split("-")[0].toLowerCase(Locale.ROOT);
        return switch (lang) {
            case "zh" -> tag.matches("(?i)zh-(hant|tw|hk|mo).*") ? "zh-TW" : "zh-CN";
            case "ja" -> "ja-JP";
            case "de" -> "de-DE";
            case "fr" -> "fr-FR";
            case "es" -> "es-ES";
            default -> "en-US";
        };
    }

    public static String locale(String tag) {
        return read("kiln/csl/locales-" + tag + ".xml");
    }

    private static String read(String resource) {
        try (InputStream in = Styles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
