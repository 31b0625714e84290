package dev.kiln.config;

import java.util.Locale;

/**
 * What happens to HTML an author writes in Markdown ({@code raw-html:} in site.yaml). Authors are
 * trusted by default, as CommonMark says; a site that publishes others' writing sanitizes or
 * escapes it.
 */
public enum RawHtml {
    /** Passed through as written. */
    ALLOW,
    /** Kept, less scripts, event handlers, frames, styles and unsafe URLs (jsoup's cleaner). */
    SANITIZE,
    /** Shown as text. */
    ESCAPE;

    public static RawHtml parse(String value) {
        for (RawHtml r : values()) if (r.name().toLowerCase(Locale.ROOT).equals(value)) return r;
        return null;
    }
}
