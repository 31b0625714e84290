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
        StringBuilder table = new StringBuilder();
        int last = 0;
        for (int i = 0; i < from.length(); i++) {
            int trad = from.charAt(i), d = to.charAt(i) - trad;
            digits(table, trad - last);
            digits(table, d >= 0 ? d << 1 : ((-d) << 1) - 1);
            last = trad;
        }
        StringBuilder out = new StringBuilder();
        out.append("package dev.kiln.search.text;\n\n")
           .append("/**\n * Traditional Han characters and their simplified forms, so that a query in either script finds\n")
           .append(" * text in either. Generated from ICU4J's Traditional-Simplified transliterator, one character at\n")
           .append(" * a time, by {@code VariantTableTest} (" + from.length() + " pairs); do not edit by hand. ICU's data is under\n")
           .append(" * the Unicode licence. One-to-many cases (two traditional characters, one simplified) are fine for\n")
           .append(" * search: they only make a query find a little more.\n *\n")
           .append(" * <p>The table is ASCII, half the size of the characters themselves: for each pair, the gap from\n")
           .append(" * the previous traditional character, then the signed distance to the simplified one (zigzag),\n")
           .append(" * each five bits a character, the sixth saying \"more follows\".\n */\n")
           .append("final class Variants {\n    private static final String DIGITS = \"" + DIGITS + "\";\n")
           .append("    private static final String TABLE = \"\"\n");
        lines(out, table);
        out.append("    /** Decoded on first use: sorted traditional characters, and the simplified one for each. */\n")
           .append("    private static char[] traditional;\n    private static char[] simplified;\n")
           .append("\n    private Variants() {}\n\n")
           .append("    static char simplified(char c) {\n")
           .append("        if (c < 0x3400 || c > 0xFAFF) return c;\n")
           .append("        if (traditional == null) decode();\n")
           .append("        int lo = 0, hi = traditional.length - 1;\n")
           .append("        while (lo <= hi) {\n")
           .append("            int mid = (lo + hi) >>> 1;\n")
           .append("            char m = traditional[mid];\n")
           .append("            if (m == c) return simplified[mid];\n")
           .append("            if (m < c) lo = mid + 1;\n")
           .append("            else hi = mid - 1;\n")
           .append("        }\n        return c;\n    }\n\n")
           .append("    private static synchronized void decode() {\n")
           .append("        if (traditional != null) return;\n")
           .append("        char[] t = new char[" + from.length() + "], s = new char[" + from.length() + "];\n")
           .append("        int at = 0, last = 0;\n")
           .append("        for (int i = 0; i < t.length; i++) {\n")
           .append("            int[] gap = next(at);\n")
           .append("            int[] distance = next(gap[1]);\n")
           .append("            at = distance[1];\n")
           .append("            last += gap[0];\n")
           .append("            t[i] = (char) last;\n")
           .append("            s[i] = (char) (last + ((distance[0] & 1) == 0 ? distance[0] >> 1 : -((distance[0] + 1) >> 1)));\n")
           .append("        }\n        simplified = s;\n        traditional = t;\n    }\n\n")
           .append("    /** The number at {@code at} and where the next starts. */\n")
           .append("    private static int[] next(int at) {\n")
           .append("        int value = 0;\n")
           .append("        while (true) {\n")
           .append("            int d = DIGITS.indexOf(TABLE.charAt(at++));\n")
           .append("            value = (value << 5) | (d & 31);\n")
           .append("            if (d < 32) return new int[] {value, at};\n")
           .append("        }\n    }\n}\n");
        return out.toString();
    }

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private static void digits(StringBuilder out, int value) {
        int shift = 0;
        while ((value >>> shift) >= 32) shift += 5;
        for (; shift > 0; shift -= 5) out.append(DIGITS.charAt(32 | ((value >>> shift) & 31)));
        out.append(DIGITS.charAt(value & 31));
    }

    private static void lines(StringBuilder out, CharSequence chars) {
        for (int i = 0; i < chars.length(); i += 90) {
            out.append("            + \"").append(chars, i, Math.min(chars.length(), i + 90)).append('"');
            out.append(i + 90 >= chars.length() ? ";\n" : "\n");
        }
    }
}
