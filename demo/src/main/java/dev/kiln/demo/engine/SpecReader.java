package dev.kiln.demo.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Typed, range-checked access to one level of settings; {@code prefix} makes the paths in errors. */
final class SpecReader {
    /** What a mapping-valued setting looks like, for the error when it is not one. */
    private static final Map<String, String> EXAMPLES = Map.of("data", "{kind: uniform, samples: 100, features: 2}",
            "optimizer", "{name: adam, lr: 0.1}", "init", "{name: glorot-uniform}", "seeds", "{init: 1, shuffle: 7}");

    private final Map<String, Object> map;
    private final String prefix;
    /** Every bad setting found so far, shared with child readers: the author hears of all at once. */
    private final List<SpecException> problems;

    SpecReader(Map<String, Object> map, String prefix, List<SpecException> problems) {
        this.map = map == null ? Map.of() : map;
        this.prefix = prefix;
        this.problems = problems;
    }

    void fail(String path, String message) {
        problems.add(new SpecException(path, message));
    }

    String at(String key) {
        return prefix + key;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    void only(String... keys) {
        List<String> allowed = Arrays.asList(keys);
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) fail(at(key), "unknown key `" + key + "`: allowed here are " + String.join(", ", keys));
        }
    }

    @SuppressWarnings("unchecked")
    SpecReader child(String key) {
        Object v = map.get(key);
        if (v == null) return new SpecReader(null, at(key) + ".", problems);
        if (!(v instanceof Map)) {
            fail(at(key), "expected a mapping of settings, such as " + EXAMPLES.getOrDefault(key, "{key: value}"));
            return new SpecReader(null, at(key) + ".", problems);
        }
        return new SpecReader((Map<String, Object>) v, at(key) + ".", problems);
    }

    String string(String key, String fallback) {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (v instanceof String s) return s;
        fail(at(key), "expected text");
        return fallback;
    }

    String oneOf(String key, String fallback, String... allowed) {
        String v = string(key, fallback);
        if (Arrays.asList(allowed).contains(v)) return v;
        fail(at(key), "unknown value `" + v + "`: use " + String.join(", ", allowed));
        return fallback;
    }

    boolean bool(String key, boolean fallback) {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (v instanceof Boolean b) return b;
        fail(at(key), "expected true or false");
        return fallback;
    }

    double number(String key, double fallback, double min, double max) {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (!(v instanceof Double d) || d.isNaN()) {
            fail(at(key), "expected a number");
        } else if (d < min || d > max) {
            fail(at(key), "must be " + range(min, max) + "; got " + Numbers.text(d));
        } else {
            return d;
        }
        return fallback;
    }

    int integer(String key, int fallback, int min, int max) {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (!(v instanceof Double d) || d != Math.floor(d)) {
            fail(at(key), "expected a whole number");
        } else if (d < min || d > max) {
            fail(at(key), "must be from " + min + " to " + max + "; got " + Numbers.text(d));
        } else {
            return d.intValue();
        }
        return fallback;
    }

    Loss loss(String key, Loss fallback) {
        Object v = map.get(key);
        if (v == null) return fallback;
        Loss l = v instanceof String s ? Loss.named(s) : null;
        if (l != null) return l;
        fail(at(key), "unknown loss `" + v + "`: use mse or mae");
        return fallback;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String key) {
        Object v = map.get(key);
        if (v == null) return List.of();
        if (v instanceof List) return (List<Object>) v;
        fail(at(key), "expected a list, such as [a, b]");
        return List.of();
    }

    double[] numbers(String key, double[] fallback) {
        if (!has(key)) return fallback;
        List<Object> list = list(key);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Double d)) throw new SpecException(at(key) + "[" + i + "]", "expected a number");
            out[i] = d;
        }
        return out;
    }

    double[][] matrix(String key) {
        List<Object> rows = list(key);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            if (!(rows.get(i) instanceof List<?> row) || row.size() < 2) {
                throw new SpecException(at(key) + "[" + i + "]", "each point is [x…, y] with at least one x");
            }
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                if (!(row.get(j) instanceof Double d)) throw new SpecException(at(key) + "[" + i + "]", "expected numbers");
                out[i][j] = d;
            }
            if (out[i].length != out[0].length) throw new SpecException(at(key) + "[" + i + "]", "every point needs the same number of values");
        }
        return out;
    }

    private static String range(double min, double max) {
        if (min == Double.MIN_VALUE) return "greater than 0 and at most " + Numbers.text(max);
        return "from " + Numbers.text(min) + " to " + Numbers.text(max);
    }
}
