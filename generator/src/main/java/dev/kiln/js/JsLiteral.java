package dev.kiln.js;

/**
 * A string as a JavaScript (and JSON) string literal that is safe anywhere a page may carry it:
 * inside an HTML {@code <script>} element (no {@code </script>} or {@code <!--} can end or bend
 * it), as a script file (no line terminator JavaScript and JSON disagree on), and as UTF-8 (a lone
 * surrogate, which UTF-8 cannot encode, is escaped rather than turned into {@code ?}).
 */
public final class JsLiteral {
    private JsLiteral() {}

    public static StringBuilder quote(StringBuilder out, String s) {
        out.ensureCapacity(out.length() + s.length() + 2);
        out.append('"');
        int plain = 0; // start of the run of characters that need no escape, copied in one go
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) continue;
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isSurrogate(c) && paired(s, i)) out.append(c);
                    else out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
                }
            }
        }
        return out.append(s, plain, s.length()).append('"');
    }

    /** Whether {@code c} may be written other than as itself: a surrogate is, unless it is half of a pair. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c);
    }

    public static String quote(String s) {
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair. */
    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
