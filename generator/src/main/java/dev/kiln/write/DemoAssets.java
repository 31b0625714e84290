package dev.kiln.write;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Publishes the training engine for the browser, from the TeaVM build in the demo module's jar:
 * {@code assets/demo/kiln-demo.js} (JavaScript) and {@code assets/demo/kiln-demo-wasm.js}
 * (WebAssembly GC with TeaVM's loader). The Wasm bytes travel inside a script, base64-encoded,
 * because a page opened from disk may load scripts but not fetch files.
 */
public final class DemoAssets {
    public static final String JS = "assets/demo/kiln-demo.js";
    public static final String WASM = "assets/demo/kiln-demo-wasm.js";
    private static final String BUILD = "kiln/demo/";
    /** What TeaVM exports; its plain-script output declares them as globals, which the wrapper keeps private. */
    private static final String EXPORTS = "{create:create,lastError:lastError,train:train,state:state,dispose:dispose}";

    private DemoAssets() {}

    public static int write(SiteOutput out) {
        String engine = new String(ClasspathFiles.read(BUILD + "kiln-demo.js"), StandardCharsets.UTF_8);
        out.write(JS, "window.KilnDemoEngine=(function(){" + engine + "\n;return " + EXPORTS + ";})();\n");
        String loader = new String(ClasspathFiles.read(BUILD + "classes.wasm-runtime.js"), StandardCharsets.UTF_8);
        String wasm = Base64.getEncoder().encodeToString(ClasspathFiles.read(BUILD + "kiln-demo.wasm"));
        out.write(WASM, loader + "\nwindow.KilnDemoWasm=\"" + wasm + "\";\n");
        return 2;
    }
}
