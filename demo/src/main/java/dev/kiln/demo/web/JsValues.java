package dev.kiln.demo.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Building plain JavaScript values (objects, arrays, numbers) from Java, for results handed to the page. */
final class JsValues {
    private JsValues() {}

    @JSBody(script = "return {};")
    static native JSObject object();

    @JSBody(script = "return [];")
    static native JSObject array();

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    static native void put(JSObject o, String k, JSObject v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    static native void putNumber(JSObject o, String k, double v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    static native void putString(JSObject o, String k, String v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    static native void putBoolean(JSObject o, String k, boolean v);

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    static native void pushNumber(JSObject a, double v);

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    static native void push(JSObject a, JSObject v);

    /** The browser's own number parsing, correctly rounded like the JVM's. */
    @JSBody(params = "s", script = "return Number(s);")
    static native double parseNumber(String s);

    static JSObject numbers(double[] values) {
        JSObject a = array();
        for (double v : values) pushNumber(a, v);
        return a;
    }
}
