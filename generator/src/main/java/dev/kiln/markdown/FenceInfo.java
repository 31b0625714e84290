package dev.kiln.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a code fence's info string asks for. Kiln reads the language, its own {@code {linenos}} and
 * {@code {nolinenos}}, and the options authors bring from MkDocs Material: {@code title="file.py"},
 * {@code hl_lines="2 4-6"} (counted from the block's first line) and {@code linenums="10"} (number
 * the lines from 10). Material's {@code { .py title="…" }} form reads the same. Anything else,
 * and anything malformed, is listed in {@link #unsupported} as a phrase ({@code option `x`}), for
 * a warning that points at {@link #firstBad}, the text of the first such word.
 *
 * @param marked    the {@code hl_lines} ranges, each {@code {from, to}}, 1-based and inclusive
 * @param firstLine the number of the first line when lines are numbered by {@code linenums}, else 0
 * @param label     {@code #fig:name} in a diagram's or demo's braces, which numbers it as a figure, else empty
 * @param caption   {@code caption="…"}, a diagram's or demo's caption, else empty
 */
record FenceInfo(String language, String title, List<int[]> marked, int firstLine, boolean linenos, boolean nolinenos,
        List<String> unsupported, String firstBad, String label, String caption) {

    /** Line numbers past this are a typo, not a line to mark or to start from. */
    private static final int MAX_LINE = 1_000_000;

    static FenceInfo parse(String info) {
        List<String> words = new ArrayList<>();
        boolean unclosed = words(info, words);
        String language = "";
        String title = "";
        List<int[]> marked = new ArrayList<>();
        int firstLine = 0;
        boolean linenos = false;
        boolean nolinenos = false;
        String label = "";
        String caption = "";
        List<String> unsupported = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        if (unclosed) {
            unsupported.add("a quote that is never closed");
            bad.add(info.substring(Math.max(info.lastIndexOf('"'), info.lastIndexOf('\''))));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int eq = word.indexOf('=');
            if (eq < 0) {
                if (word.startsWith("#fig:") && word.length() > 5) label = word.substring(1);
                else if (word.equals("linenos")) linenos = true;
                else if (word.equals("nolinenos")) nolinenos = true;
                else if (language.isEmpty() && (i == 0 || word.startsWith("."))) language = (word.startsWith(".") ? word.substring(1) : word).toLowerCase(Locale.ROOT);
                else {
                    unsupported.add("option `" + word + "`");
                    bad.add(word);
                }
                continue;
            }
            String key = word.substring(0, eq);
            String value = unquote(word.substring(eq + 1));
            switch (key) {
                case "title" -> title = value;
                case "caption" -> caption = value;
                case "hl_lines" -> {
                    if (!lines(value, marked, unsupported)) bad.add(word);
                }
                case "linenums" -> {
                    try {
                        firstLine = Math.max(1, Math.min(MAX_LINE, Integer.parseInt(value.strip())));
                    } catch (NumberFormatException e) {
                        unsupported.add("linenums `" + value + "`");
                        bad.add(word);
                    }
                }
                default -> {
                    unsupported.add("option `" + key + "`");
                    bad.add(word);
                }
            }
        }
        return new FenceInfo(language, title, List.copyOf(marked), firstLine, linenos, nolinenos, List.copyOf(unsupported),
                bad.isEmpty() ? "" : bad.get(0), label, caption);
    }

    /** Whether a diagram or demo is a figure: it has a label or a caption. */
    boolean figure() {
        return !label.isEmpty() || !caption.isEmpty();
    }

    /** Lines are numbered: {@code {linenos}}, {@code linenums}, or the site's default unless {@code {nolinenos}}. */
    boolean numbered(boolean byDefault) {
        return linenos || firstLine > 0 || (byDefault && !nolinenos);
    }

    boolean isMarked(int line) {
        for (int[] range : marked) if (line >= range[0] && line <= range[1]) return true;
        return false;
    }

    /** Reads {@code "2 4-6"} into ranges; a part that is not a number or a range is reported and skipped (false). */
    private static boolean lines(String spec, List<int[]> into, List<String> unsupported) {
        boolean ok = true;
        for (String part : spec.strip().split("[\\s,]+")) {
            if (part.isEmpty()) continue;
            String[] ends = part.split("-", -1);
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
                if (ends.length > 2 || from < 1 || to < from || to > MAX_LINE) {
                    unsupported.add("hl_lines part `" + part + "`");
                    ok = false;
                } else {
                    into.add(new int[] {from, to});
                }
            } catch (NumberFormatException e) {
                unsupported.add("hl_lines part `" + part + "`");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Splits on white space and braces outside quotes ({@code "…"} or {@code '…'}):
     * {@code py title="my {x} file.py"} is two words. True if a quote is left open.
     */
    private static boolean words(String info, List<String> out) {
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) quote = c;
            else if (c == quote) quote = 0;
            if (quote == 0 && (Character.isWhitespace(c) || c == '{' || c == '}')) {
                if (!word.isEmpty()) out.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return quote != 0;
    }

    private static String unquote(String value) {
        if (value.length() < 2) return value;
        char q = value.charAt(0);
        return (q == '"' || q == '\'') && value.charAt(value.length() - 1) == q ? value.substring(1, value.length() - 1) : value;
    }
}
