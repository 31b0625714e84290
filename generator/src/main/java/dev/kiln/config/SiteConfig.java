package dev.kiln.config;

import dev.kiln.i18n.UiStrings;
import java.util.Map;

/**
 * Site-wide settings from {@code site.yaml}; every key is optional.
 *
 * @param title       site title, shown in the header and in {@code <title>}
 * @param description default meta description
 * @param language    BCP 47 tag for {@code <html lang>}
 * @param author      author name for meta tags and the footer
 * @param baseUrl     absolute URL the site is published at, ending in {@code /}, or empty; when set,
 *                    pages get canonical and OpenGraph URLs and the sitemap absolute locations
 * @param params      free keys for templates ({@code site.params.x})
 * @param mathMacros  KaTeX macros ({@code math.macros}), such as {@code \R: \mathbb{R}}
 * @param lineNumbers number every code block unless it says {@code {nolinenos}} ({@code code.linenos})
 * @param rawHtml     what happens to HTML written in Markdown ({@code raw-html})
 * @param ui          the reader-facing words, in {@code language}, with {@code ui:} overrides
 * @param paper       the printed page size: {@code A4} or {@code letter}
 * @param numbering   which formulas are numbered, and whether within sections ({@code math.number}, {@code number-within})
 * @param citations   the .bib file in the content folder ({@code bibliography}, or empty) and the CSL style ({@code citation-style})
 */
public record SiteConfig(String title, String description, String language, String author, String baseUrl,
        Map<String, Object> params, Map<String, String> mathMacros, boolean lineNumbers, RawHtml rawHtml, UiStrings ui, String paper,
        NumberingStyle numbering, CitationSettings citations) {

    /**
     * {@code bibliography:} and {@code citation-style:}, and {@code date:}, the date the site as a
     * document was published (for the {@code citation_*} tags scholarly indexes read), or empty.
     */
    public record CitationSettings(String bibliography, String style, String date) {
        public static final CitationSettings NONE = new CitationSettings("", "apa", "");
    }

    /** English unless site.yaml says otherwise: the language a site without settings is most likely in. */
    public static final String DEFAULT_LANGUAGE = "en";

    public static SiteConfig defaults() {
        return new SiteConfig("Kiln site", "", DEFAULT_LANGUAGE, "", "", Map.of(), Map.of(), false, RawHtml.ALLOW,
                UiStrings.of(DEFAULT_LANGUAGE, Map.of()), "A4", NumberingStyle.DEFAULT, CitationSettings.NONE);
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, author, normalizeBaseUrl(url), params, mathMacros, lineNumbers, rawHtml, ui, paper, numbering, citations);
    }

    static String normalizeBaseUrl(String url) {
        if (url == null || url.isBlank()) return "";
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }
}
