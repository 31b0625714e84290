package dev.kiln.write;

import dev.kiln.math.KatexRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes KaTeX's stylesheet and fonts under {@code assets/katex/}, from the KaTeX WebJar. Only
 * the woff2 fonts are shipped (every browser that renders KaTeX reads woff2), and the stylesheet's
 * woff and ttf fallbacks are removed so that no font request can fail.
 */
public final class KatexAssets {
    public static final String CSS = "assets/katex/katex.min.css";

    private KatexAssets() {}

    private static final Pattern WOFF2 = Pattern.compile("url\\(fonts/([^)]+\\.woff2)\\)");

    public static int write(SiteOutput out) {
        String css = new String(ClasspathFiles.read(KatexRenderer.cssResource()), StandardCharsets.UTF_8)
                .replaceAll(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)", "");
        out.write(CSS, css);
        // The stylesheet names every font it uses; those are exactly the files to ship.
        Set<String> fonts = new TreeSet<>();
        Matcher m = WOFF2.matcher(css);
        while (m.find()) fonts.add(m.group(1));
        for (String font : fonts) out.write("assets/katex/fonts/" + font, ClasspathFiles.read(KatexRenderer.fontsResourceDir() + font));
        return 1 + fonts.size();
    }
}
