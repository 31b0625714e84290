package dev.kiln.diagram.flowchart;

/**
 * Bold and italic in a label, from Mermaid's Markdown strings ({@code A["`**bold** and *it*`"]}).
 * A parsed label keeps its text as a plain string with a marker character where emphasis starts
 * or stops, so wrapping, measuring and describing work on one string; the SVG writer turns the
 * markers into styled spans. The markers are private-use characters no author types.
 */
public final class LabelMarkup {
    /** Starts or stops bold. */
    public static final char BOLD = '\uE001';
    /** Starts or stops italic. */
    public static final char ITALIC = '\uE002';

    private LabelMarkup() {}

    /** Whether a label as written is a Markdown string: quoted text between backticks. */
    static boolean isMarkdown(String raw) {
        return raw.length() >= 2 && raw.charAt(0) == '`' && raw.charAt(raw.length() - 1) == '`';
    }

    /** {@code **x**} and {@code __x__} as bold, {@code *x*} and {@code _x_} as italic; a marker with no partner stays as typed. */
    static String fromMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            // as in Markdown, an underscore inside a word (my_var_name) is a letter, not emphasis
            boolean inWord = c == '_' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            if ((c == '*' || c == '_') && !inWord) {
                boolean twice = i + 1 < text.length() && text.charAt(i + 1) == c;
                String delimiter = twice ? "" + c + c : "" + c;
                int close = text.indexOf(delimiter, i + delimiter.length());
                // the closing delimiter of a single one must not be half of a double
                while (!twice && close > 0 && close + 1 < text.length() && text.charAt(close + 1) == c) close = text.indexOf(delimiter, close + 2);
                boolean closesInWord = c == '_' && close > 0 && close + delimiter.length() < text.length()
                        && Character.isLetterOrDigit(text.charAt(close + delimiter.length()));
                if (close > i + delimiter.length() && !closesInWord) {
                    char marker = twice ? BOLD : ITALIC;
                    out.append(marker).append(fromMarkdown(text.substring(i + delimiter.length(), close))).append(marker);
                    i = close + delimiter.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The label's text without markers: for descriptions and messages. */
    public static String plain(String label) {
        return label.replace(String.valueOf(BOLD), "").replace(String.valueOf(ITALIC), "");
    }
}
