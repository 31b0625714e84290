package dev.kiln.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped UI string tables: complete where they claim to be, consistent with English, and found by language tag. */
class UiStringsTest {
    static java.util.List<String> shipped() {
        return UiStrings.SHIPPED;
    }

    private static Set<String> placeholders(String s) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(s);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** A translation that drops {epochs} would show a sentence without its number; one that invents a key is never shown. */
    @ParameterizedTest
    @MethodSource("shipped")
    void everyTableUsesEnglishKeysAndTheSamePlaceholders(String tag) {
        UiStrings english = UiStrings.of("en", Map.of());
        UiStrings table = UiStrings.of(tag, Map.of());
        assertEquals(UiStrings.keys(), table.asMap().keySet(), tag + " has exactly the English keys (after fallback)");
        for (String key : UiStrings.keys()) {
            assertEquals(placeholders(english.get(key)), placeholders(table.get(key)), tag + ": " + key);
        }
    }

    /** zh-CN and en are complete: no string falls back. */
    @Test
    void chineseIsCompleteAndDiffersFromEnglishInEveryWord() {
        UiStrings zh = UiStrings.of("zh-CN", Map.of());
        UiStrings en = UiStrings.of("en", Map.of());
        for (String key : UiStrings.keys()) {
            if (Set.of("listSeparator", "memberSeparator", "sentenceEnd", "sentenceSpace", "flowchartEdgeLabel").contains(key)) continue;
            assertFalse(zh.get(key).equals(en.get(key)) && zh.get(key).matches(".*[a-zA-Z]{4,}.*"), "zh-CN still English: " + key);
        }
    }

    @ParameterizedTest
    @CsvSource({"zh-CN,跳到正文", "zh,跳到正文", "zh-Hans-CN,跳到正文", "zh-TW,跳到正文", "zh-Hant,跳到正文", "en-GB,Skip to content",
        "de-AT,Zum Inhalt springen", "fr-CA,Aller au contenu", "es-MX,Saltar al contenido", "ja-JP,本文へスキップ", "pt-BR,Skip to content"})
    void aLanguageTagFindsItsTableOrEnglish(String tag, String skip) {
        assertEquals(skip, UiStrings.of(tag, Map.of()).get("skipToContent"));
    }

    @Test
    void traditionalChineseIsItsOwnTable() {
        assertEquals("開啟目錄", UiStrings.of("zh-Hant-TW", Map.of()).get("openNav"));
        assertEquals("打开目录", UiStrings.of("zh-CN", Map.of()).get("openNav"));
    }

    @Test
    void theAuthorsOverrideWinsAndFillsIn() {
        UiStrings ui = UiStrings.of("de", Map.of("next", "Nächstes Kapitel"));
        assertEquals("Nächstes Kapitel", ui.get("next"));
        assertEquals("Zurück", ui.get("previous"));
        assertEquals("Fertig: 300 Epochen.", ui.format("demoDone", "epochs", 300));
        assertFalse(ui.equals(UiStrings.of("de", Map.of())), "an override is part of what caches key on");
    }

    @Test
    void scriptJsonCannotEndItsScriptElement() {
        String json = UiStrings.of("en", Map.of("copy", "</script><script>alert(1)</script>")).json("copy");
        assertFalse(json.contains("</script"), json);
        assertTrue(json.startsWith("{\"copy\":\"\\u003c/script\\u003e"), json);
    }
}
