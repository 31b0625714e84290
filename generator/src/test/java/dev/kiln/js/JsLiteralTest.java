package dev.kiln.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JsLiteralTest {
    /** The rule, one character at a time: what {@link JsLiteral} must write, however it copies. */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c == '"') out.append("\\\"");
            else if (c == '\\') out.append("\\\\");
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !paired) {
                out.append(String.format("\\u%04x", (int) c));
            } else out.append(c);
        }
        return out.append('"').toString();
    }

    @Test
    void escapesWhatCouldEndAScriptOrBreakUtf8() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\\"q\\\" \\\\ \\n\\t\\u2028\"", JsLiteral.quote("</script> & \"q\" \\ \n\t\u2028"));
        assertEquals("\"梯度 😀\"", JsLiteral.quote("梯度 😀"), "a surrogate pair stays itself");
        assertEquals("\"a\\ud83d b\\ude00\"", JsLiteral.quote("a\ud83d b\ude00"), "lone halves are escaped");
    }

    @Test
    void runsCopiedWholeGiveTheCharacterByCharacterResult() {
        Random random = new Random(7);
        char[] alphabet = {'a', '梯', '"', '\\', '\n', '<', '&', '\u2028', '\ud83d', '\ude00', '\u0001', ' '};
        for (int k = 0; k < 2000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) s.append(alphabet[random.nextInt(alphabet.length)]);
            assertEquals(reference(s.toString()), JsLiteral.quote(s.toString()), s::toString);
        }
    }

    @Test
    void unquotingGivesBackTheStringQuoted() {
        Random random = new Random(11);
        char[] alphabet = {'a', '梯', '"', '\\', '\n', '\t', '\r', '<', '&', '\u2028', '\ud83d', '\ude00', '\u0001', ' '};
        for (int k = 0; k < 2000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) s.append(alphabet[random.nextInt(alphabet.length)]);
            String call = "f(3," + JsLiteral.quote(s.toString()) + ");";
            assertEquals(s.toString(), JsLiteral.unquote(call, call.indexOf('"')), s::toString);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> JsLiteral.unquote("\"cut", 0));
    }
}
