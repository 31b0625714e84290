package dev.kiln.diagram.sequence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows {@code box}: an optional colour, then the title; and the colour of {@code rect}. As in Mermaid, the first word is
 * the colour only if CSS knows it as one (a named colour, or an {@code rgb()}/{@code hsl()} form);
 * otherwise the whole line is the title, so {@code box Billing team} is titled "Billing team".
 */
final class BoxHeading {
    /** A colour function of numbers only: nothing in it can end the SVG attribute it lands in. */
    private static final Pattern FUNCTION = Pattern.compile("^((?:rgba?|hsla?)\\s*\\([\\d\\s.,%/+-]*\\))(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("^(\\w+)(.*)$");

    /** CSS Color Module 4's named colours, and {@code transparent}. */
    private static final Set<String> NAMED = Set.of("transparent", "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure",
            "beige", "bisque", "black", "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
            "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod",
            "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid",
            "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
            "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite",
            "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow", "grey",
            "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen",
            "lemonchiffon", "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen",
            "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey",
            "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine",
            "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen",
            "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy",
            "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
            "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple", "red",
            "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna", "silver",
            "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle",
            "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow", "yellowgreen");

    /** @param colour empty when the line names none */
    record Read(String colour, String title) {}

    private BoxHeading() {}

    /**
     * Whether {@code text} is one CSS colour Kiln passes into the SVG: a name or a numeric colour
     * function. ({@code #hex} cannot reach here: in Mermaid, as in Kiln, {@code #} starts a comment.)
     */
    static boolean isColour(String text) {
        String t = text.strip();
        if (NAMED.contains(t.toLowerCase(Locale.ROOT))) return true;
        Matcher f = FUNCTION.matcher(t);
        return f.matches() && f.group(2).isBlank();
    }

    static Read read(String line) {
        String text = line.strip();
        Matcher f = FUNCTION.matcher(text);
        if (f.matches()) return new Read(f.group(1).strip(), f.group(2).strip());
        Matcher w = WORD.matcher(text);
        if (w.matches() && NAMED.contains(w.group(1).toLowerCase(Locale.ROOT))) {
            String colour = w.group(1).toLowerCase(Locale.ROOT);
            return new Read(colour.equals("transparent") ? "" : colour, w.group(2).strip());
        }
        return new Read("", text);
    }
}
