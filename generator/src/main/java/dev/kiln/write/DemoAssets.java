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
    private static final String EXPORTS = "{create:create,createRun:createRun,lastError:lastError,train:train,trainFor:trainFor,state:state,progress:progress,snapshot:snapshot,dispose:dispose}";

    private DemoAssets() {}

    public static int write(SiteOutput out) {
        out.write(JS, Built.JS);
        out.write(WASM, Built.WASM);
        return 2;
    }

    /** Both files, made once per run: {@code kiln serve} publishes them on every rebuild. */
    private static final class Built {
        static final byte[] JS = ("self.KilnDemoEngine=(function(){" + text("kiln-demo.js") + "\n;return " + EXPORTS + ";})();\n")
                .getBytes(StandardCharsets.UTF_8);
        static final byte[] WASM = (text("classes.wasm-runtime.js") + "\nself.KilnDemoWasm=\""
                + Base64.getEncoder().encodeToString(ClasspathFiles.read(BUILD + "kiln-demo.wasm")) + "\";\n").getBytes(StandardCharsets.UTF_8);

        private static String text(String name) {
            return new String(ClasspathFiles.read(BUILD + name), StandardCharsets.UTF_8);
        }
    }
}
