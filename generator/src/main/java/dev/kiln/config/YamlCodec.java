package dev.kiln.config;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML mapping written to a cache and read back equal, so an unchanged page's front
 * matter is not parsed again. Holds the types YAML's core schema gives (strings, numbers,
 * booleans, null, lists, mappings); {@link #encodable} says whether a mapping holds only those.
 */
public final class YamlCodec {
    private YamlCodec() {}

    private static final int DEPTH = 64;
    private static final byte NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, INT = 4, LONG = 5, BIG = 6, DOUBLE = 7, LIST = 8, MAP = 9;

    /** Whether every value is of a type this codec keeps (a {@code !!binary} or {@code !!set} value is not). */
    public static boolean encodable(YamlMapping yaml) {
        return yaml.values().values().stream().allMatch(v -> encodable(v, 0));
    }

    private static boolean encodable(Object v, int depth) {
        if (depth > DEPTH) return false;
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof BigInteger || v instanceof Double) return true;
        if (v instanceof List<?> list) return list.stream().allMatch(x -> encodable(x, depth + 1));
        if (v instanceof Map<?, ?> map) return map.entrySet().stream().allMatch(e -> encodable(e.getKey(), depth + 1) && encodable(e.getValue(), depth + 1));
        return false;
    }

    public static void write(YamlMapping yaml, DataOutputStream out) throws IOException {
        out.writeInt(yaml.values().size());
        for (Map.Entry<String, Object> e : yaml.values().entrySet()) {
            out.writeUTF(e.getKey());
            value(e.getValue(), out);
        }
        out.writeInt(yaml.keyLines().size());
        for (Map.Entry<String, Integer> e : yaml.keyLines().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    public static YamlMapping read(DataInputStream in) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int n = count(in); n > 0; n--) values.put(in.readUTF(), value(in, 0));
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int n = count(in); n > 0; n--) lines.put(in.readUTF(), in.readInt());
        if (values.isEmpty() && lines.isEmpty()) return YamlMapping.EMPTY;
        return new YamlMapping(Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines));
    }

    private static void value(Object v, DataOutputStream out) throws IOException {
        if (v == null) out.writeByte(NULL);
        else if (v instanceof String s) {
            out.writeByte(STRING);
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8); // writeUTF stops at 64 KB
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (v instanceof Boolean b) out.writeByte(b ? TRUE : FALSE);
        else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof BigInteger b) {
            out.writeByte(BIG);
            out.writeUTF(b.toString());
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object x : list) value(x, out);
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                value(e.getKey(), out);
                value(e.getValue(), out);
            }
        } else {
            throw new IOException("not a YAML value this cache keeps: " + v.getClass().getName());
        }
    }

    private static Object value(DataInputStream in, int depth) throws IOException {
        if (depth > DEPTH) throw new IOException("nested too deeply");
        byte tag = in.readByte();
        switch (tag) {
            case NULL: return null;
            case STRING: return new String(in.readNBytes(count(in)), java.nio.charset.StandardCharsets.UTF_8);
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case INT: return in.readInt();
            case LONG: return in.readLong();
            case BIG: return new BigInteger(in.readUTF());
            case DOUBLE: return in.readDouble();
            case LIST: {
                List<Object> list = new ArrayList<>();
                for (int n = count(in); n > 0; n--) list.add(value(in, depth + 1));
                return list;
            }
            case MAP: {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int n = count(in); n > 0; n--) map.put(value(in, depth + 1), value(in, depth + 1));
                return map;
            }
            default: throw new IOException("unknown value tag " + tag);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) throw new IOException("bad count " + n);
        return n;
    }
}
