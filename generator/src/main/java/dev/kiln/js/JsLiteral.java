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

    /**
     * The string a literal stands for, read from its opening quote at {@code from}: the escapes
     * {@link #quote} writes, and JSON's others.
     *
     * @throws IllegalArgumentException if no whole literal starts there
     */
    public static String unquote(CharSequence s, int from) {
        if (from < 0 || from >= s.length() || s.charAt(from) != '"') throw new IllegalArgumentException("no string literal at " + from);
        StringBuilder out = new StringBuilder();
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') return out.toString();
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) break;
            char e = s.charAt(i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= s.length()) throw new IllegalArgumentException("a cut \\u escape at " + i);
                    out.append((char) Integer.parseInt(s.subSequence(i + 1, i + 5).toString(), 16));
                    i += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
        throw new IllegalArgumentException("a string literal from " + from + " that does not end");
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair. */
    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
