package dev.kiln.search.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link Variants} is generated from ICU's Traditional-Simplified transliterator, one character
 * at a time: every Han character of the Basic Multilingual Plane that ICU maps to one other
 * character. This test regenerates the source and fails if the committed one differs; run it
 * with {@code -Dkiln.regenerate=true} to write it.
 */
class VariantTableTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/kiln/search/text/Variants.java");

    @org.junit.jupiter.api.Test
    void committedTableIsIcus() throws IOException {
        String expected = source();
        if (Boolean.getBoolean("kiln.regenerate")) Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        assertEquals(expected, Files.readString(SOURCE, StandardCharsets.UTF_8), "Variants.java is not what ICU gives; regenerate it");
    }

    @org.junit.jupiter.api.Test
    void spotChecks() {
        assertEquals('过', Variants.simplified('過'));
        assertEquals('传', Variants.simplified('傳'));
        assertEquals('资', Variants.simplified('資'));
        assertEquals('梯', Variants.simplified('梯'), "already simplified");
        assertEquals('a', Variants.simplified('a'));
    }

    private static String source() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder from = new StringBuilder(), to = new StringBuilder();
        for (int c = 0x3400; c <= 0xFAFF; c++) {
            if (!Scripts.isCjk(c) || Character.getType(c) != Character.OTHER_LETTER) continue;
            String s = String.valueOf((char) c);
            String r = t.transliterate(s);
            if (r.length() == 1 && !r.equals(s) && Scripts.isCjk(r.charAt(0))) {
                from.append((char) c);
                to.append(r);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("package dev.kiln.search.text;\n\n")
           .append("/**\n * Traditional Han characters and their simplified forms, so that a query in either script finds\n")
           .append(" * text in either. Generated from ICU4J's Traditional-Simplified transliterator, one character at\n")
           .append(" * a time, by {@code VariantTableTest} (" + from.length() + " pairs); do not edit by hand. ICU's data is under\n")
           .append(" * the Unicode licence. One-to-many cases (發 and 髮 both become 发) are fine for search: they\n * only make a query find a little more.\n */\n")
           .append("final class Variants {\n    /** Sorted, so a lookup is a binary search. */\n    private static final String TRADITIONAL = \"\"\n");
        lines(out, from);
        out.append("    private static final String SIMPLIFIED = \"\"\n");
        lines(out, to);
        out.append("\n    private Variants() {}\n\n")
           .append("    static char simplified(char c) {\n")
           .append("        if (c < 0x3400 || c > 0xFAFF) return c;\n")
           .append("        int lo = 0, hi = TRADITIONAL.length() - 1;\n")
           .append("        while (lo <= hi) {\n")
           .append("            int mid = (lo + hi) >>> 1;\n")
           .append("            char m = TRADITIONAL.charAt(mid);\n")
           .append("            if (m == c) return SIMPLIFIED.charAt(mid);\n")
           .append("            if (m < c) lo = mid + 1;\n")
           .append("            else hi = mid - 1;\n")
           .append("        }\n        return c;\n    }\n}\n");
        return out.toString();
    }

    private static void lines(StringBuilder out, CharSequence chars) {
        for (int i = 0; i < chars.length(); i += 60) {
            out.append("            + \"").append(chars, i, Math.min(chars.length(), i + 60)).append('"');
            out.append(i + 60 >= chars.length() ? ";\n" : "\n");
        }
    }
}
