package dev.kiln.search.index;

import java.util.ArrayList;
import java.util.List;

/** Splitting at one character without {@code String.split}, whose regular expressions would triple the page's engine. */
public final class Split {
    private Split() {}

    /** The parts of {@code s} between {@code separator}s; an empty string has no parts. */
    public static String[] at(String s, char separator) {
        List<String> parts = new ArrayList<>();
        if (s.isEmpty()) return new String[0];
        int from = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, from)) {
            parts.add(s.substring(from, i));
            from = i + 1;
        }
        parts.add(s.substring(from));
        return parts.toArray(new String[0]);
    }
}
