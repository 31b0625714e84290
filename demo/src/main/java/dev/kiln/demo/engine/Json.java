package dev.kiln.demo.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A small JSON reader for demo settings: objects become {@code Map}, arrays {@code List},
 * numbers {@code Double}. Number text is converted by the caller's function, because TeaVM's
 * {@code Double.parseDouble} is not guaranteed to round like the JVM's, and the browser's own
 * {@code Number()} is; a demo must start from the very same bits on both sides.
 */
public final class Json {
    private final String text;
    private final ToDoubleFunction<String> numbers;
    private int pos;

    private Json(String text, ToDoubleFunction<String> numbers) {
        this.text = text;
        this.numbers = numbers;
    }

    public static Object parse(String text, ToDoubleFunction<String> numbers) {
        Json json = new Json(text, numbers);
        Object value = json.value();
        json.space();
        if (json.pos != text.length()) throw json.error("unexpected text after the value");
        return value;
    }

    private Object value() {
        space();
        if (pos >= text.length()) throw error("unexpected end");
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            space();
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u': out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16)); pos += 4; break;
                default: out.append(e);
            }
        }
        throw error("unterminated string");
    }

    private Double number() {
        int from = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) pos++;
        if (from == pos) throw error("expected a value");
        return numbers.applyAsDouble(text.substring(from, pos));
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) throw error("expected " + word);
        pos += word.length();
        return value;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void space() {
        while (pos < text.length() && isSpace(text.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON at " + pos + ": " + message);
    }

    /**
     * Writes maps, lists, {@code double[]} and {@code double[][]}, strings, numbers (in the JVM's
     * round-trip form; NaN and infinities, which JSON lacks, as null) and booleans as JSON.
     */
    @SuppressWarnings("unchecked")
    public static void write(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (!first) out.append(',');
                first = false;
                out.append(quote(e.getKey())).append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof double[] d) {
            out.append('[');
            for (int i = 0; i < d.length; i++) out.append(i > 0 ? "," : "").append(Numbers.json(d[i]));
            out.append(']');
        } else if (value instanceof double[][] m) {
            write(out, java.util.Arrays.asList((Object[]) m));
        } else if (value instanceof String str) {
            out.append(quote(str));
        } else if (value instanceof Double d) {
            out.append(Numbers.json(d));
        } else {
            out.append(value);
        }
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** JSON's whitespace (and no Unicode tables, which would weigh on the browser build). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Writes a string as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c < 0x20 || c == '<' || c == '>' || c == '&') out.append("\\u").append(hex4(c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c);
        return "0000".substring(h.length()) + h;
    }
}
