package dev.kiln.diagram.flowchart;

import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CSS of {@code style}, {@code classDef} and {@code linkStyle}: {@code fill:#f9f,stroke:#333}.
 * The SVG lands inline in the page, so only plain property names and values pass; anything that
 * could break out of the attribute or load a resource ({@code url(…)}) is an error.
 */
final class StyleDeclarations {
    private static final Pattern PROPERTY = Pattern.compile("[a-z][a-z-]*");
    private static final Pattern VALUE = Pattern.compile("[#%\\w\\s.,()+-]+");

    private StyleDeclarations() {}

    /** @param at where the declarations start, for error positions */
    static Map<String, String> parse(Cursor c, int at, String text) throws DiagramSyntaxException {
        Map<String, String> style = new LinkedHashMap<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ',';
            if (ch == '(') depth++;
            if (ch == ')') depth--;
            if (ch != ',' || depth > 0 || (i > 0 && text.charAt(i - 1) == '\\')) continue;
            String declaration = text.substring(start, i).replace("\\,", ",").strip();
            int where = at + start + (text.substring(start, i).length() - text.substring(start, i).stripLeading().length());
            start = i + 1;
            if (declaration.isEmpty()) continue;
            int colon = declaration.indexOf(':');
            if (colon < 0) throw c.errorAt(where, "expected `property:value` in the style, found `" + declaration + "`");
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (!PROPERTY.matcher(property).matches()) {
                throw c.errorAt(where, "`" + property + "` is not a CSS property name");
            }
            if (!VALUE.matcher(value).matches() || value.toLowerCase(Locale.ROOT).contains("url(")) {
                throw c.errorAt(where, "the value `" + value + "` of `" + property
                        + "` is not allowed: use colours, lengths and plain words (no quotes, `;`, `<` or url())");
            }
            style.put(property, value);
        }
        return style;
    }
}
