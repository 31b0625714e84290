package dev.kiln.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A theme script kept as small files by concern and published as one: the files in a folder named
 * like the script plus {@code .d}, {@code assets/kiln-demo-ui.js.d/10-engine.js},
 * {@code 20-controls.js}…, are joined in name order into {@code assets/kiln-demo-ui.js}, inside one
 * function scope with
 * {@code "use strict"}. So the parts share their names as one script's would, nothing leaks into
 * the page's globals, and the page still loads one deferred classic script, which works from
 * {@code file://}, where ES modules do not. Overriding one part in a project's {@code templates/}
 * replaces that part only; a file with the script's own name replaces the whole script.
 */
public final class ScriptParts {
    private ScriptParts() {}

    /** The published scripts and their parts (theme names), for every theme asset inside a {@code *.js.d/} folder. */
    public static Map<String, List<String>> groups(Set<String> assets) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String asset : assets) {
            String script = scriptOf(asset);
            if (script != null && !assets.contains(script)) groups.computeIfAbsent(script, s -> new ArrayList<>()).add(asset);
        }
        groups.values().forEach(parts -> parts.sort(null));
        return groups;
    }

    /** The published script a part belongs to, or null for an ordinary asset. */
    public static String scriptOf(String asset) {
        int slash = asset.lastIndexOf('/');
        if (slash < 0 || !asset.endsWith(".js")) return null;
        String folder = asset.substring(0, slash);
        return folder.endsWith(".js.d") ? folder.substring(0, folder.length() - 2) : null;
    }

    /** The assets as published: ordinary files as they are, each group of parts as its script. */
    public static Set<String> published(Set<String> assets) {
        Set<String> out = new java.util.TreeSet<>();
        for (String asset : assets) {
            String script = scriptOf(asset);
            out.add(script == null ? asset : script);
        }
        return out;
    }

    /** The script the parts make, each headed by its name so a reader of the source knows where it came from. */
    public static String join(String script, List<String> parts, Function<String, Path> find) {
        StringBuilder out = new StringBuilder("/* ").append(script.substring(script.lastIndexOf('/') + 1))
                .append(": joined by Kiln from ").append(parts.size()).append(" parts */\n(function () {\n\"use strict\";\n");
        for (String part : parts) {
            try {
                out.append("\n/* ---- ").append(part.substring(part.lastIndexOf('/') + 1)).append(" ---- */\n")
                        .append(Files.readString(find.apply(part), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.charAt(out.length() - 1) != '\n') out.append('\n');
        }
        return out.append("})();\n").toString();
    }
}
