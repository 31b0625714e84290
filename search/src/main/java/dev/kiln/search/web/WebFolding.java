package dev.kiln.search.web;

import dev.kiln.search.text.Folding;
import org.teavm.jso.JSBody;

/** {@link Folding} by the browser's own {@code String} methods: no Unicode tables travel with the page. */
final class WebFolding implements Folding {
    @Override
    public String lower(String s) {
        return jsLower(s);
    }

    @Override
    public String nfkd(String s) {
        return normalize(s, "NFKD");
    }

    @Override
    public String nfkc(String s) {
        return normalize(s, "NFKC");
    }

    @JSBody(params = "s", script = "return s.toLowerCase();")
    private static native String jsLower(String s);

    @JSBody(params = {"s", "form"}, script = "return s.normalize(form);")
    private static native String normalize(String s, String form);
}
