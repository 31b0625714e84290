package dev.kiln.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a code fence's info string asks for. Kiln reads the language, its own {@code {linenos}} and
 * {@code {nolinenos}}, and the options authors bring from MkDocs Material: {@code title="file.py"},
 * {@code hl_lines="2 4-6"} (counted from the block's first line) and {@code linenums="10"} (number
 * the lines from 10). Material's {@code { .py title="…" }} form reads the same. Anything else is
 * listed in {@link #unsupported}, for a warning.
 *
 * @param firstLine the number of the first line when lines are numbered by {@code linenums}, else 0
 */
record FenceInfo(String language, String title, Set<Integer> highlighted, int firstLine, boolean linenos, boolean nolinenos,
        List<String> unsupported) {

    /** Past this many, {@code hl_lines} ranges are an author's typo, not lines to mark. */
    private static final int MAX_LINE = 100_000;

    static FenceInfo parse(String info) {
        List<String> words = words(info.replace('{', ' ').replace('}', ' '));
        String language = "";
        String title = "";
        Set<Integer> highlighted = new TreeSet<>();
        int firstLine = 0;
        List<String> unsupported = new ArrayList<>();
        boolean linenos = info.contains("{linenos}");
        boolean nolinenos = info.contains("{nolinenos}");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int eq = word.indexOf('=');
            if (eq < 0) {
                if (word.equals("linenos") || word.equals("nolinenos")) continue;
                String name = word.startsWith(".") ? word.substring(1) : word;
                if (language.isEmpty() && (i == 0 || word.startsWith("."))) language = name.toLowerCase(Locale.ROOT);
                else unsupported.add(word);
                continue;
            }
            String key = word.substring(0, eq);
            String value = unquote(word.substring(eq + 1));
            switch (key) {
                case "title" -> title = value;
                case "hl_lines" -> {
                    if (!lines(value, highlighted)) unsupported.add(word);
                }
                case "linenums" -> {
                    try {
                        firstLine = Math.max(1, Math.min(MAX_LINE, Integer.parseInt(value.strip())));
                    } catch (NumberFormatException e) {
                        unsupported.add(word);
                    }
                }
                default -> unsupported.add(key);
            }
        }
        return new FenceInfo(language, title, Set.copyOf(highlighted), firstLine, linenos, nolinenos, List.copyOf(unsupported));
    }

    /** Lines are numbered: {@code {linenos}}, {@code linenums}, or the site's default unless {@code {nolinenos}}. */
    boolean numbered(boolean byDefault) {
        return linenos || firstLine > 0 || (byDefault && !nolinenos);
    }

    /** Reads {@code "2 4-6"} into {@code into}; false if it is not a list of numbers and ranges. */
    private static boolean lines(String spec, Set<Integer> into) {
        for (String part : spec.strip().split("[\\s,]+")) {
            if (part.isEmpty()) continue;
            String[] ends = part.split("-", -1);
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
                if (ends.length > 2 || from < 1 || to < from || to > MAX_LINE) return false;
                for (int n = from; n <= to; n++) into.add(n);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Splits on white space outside double quotes: {@code py title="my file.py"} is two words. */
    private static List<String> words(String info) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (c == '"') quoted = !quoted;
            if (!quoted && Character.isWhitespace(c)) {
                if (!word.isEmpty()) out.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
