package dev.kiln.search.query;

/** Just enough JSON writing for results: strings and arrays of numbers, safe to {@code JSON.parse}. */
final class JsonText {
    private JsonText() {}

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c == 0x2028 || c == 0x2029) out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
            else out.append(c);
        }
        out.append('"');
    }

    static void numbers(StringBuilder out, int[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) out.append(i > 0 ? "," : "").append(values[i]);
        out.append(']');
    }
}
