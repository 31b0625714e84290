package dev.kiln.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps large finished fragments (KaTeX's HTML runs to kilobytes per formula) out of flexmark's
 * writer, which examines and copies every character of raw HTML it is given, line by line. A
 * short token from the Unicode private use area stands in for each fragment while flexmark
 * renders, and the fragments are put back in one pass afterwards.
 */
final class Splices {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private final List<String> fragments = new ArrayList<>();

    String token(String html) {
        fragments.add(html);
        return OPEN + Integer.toString(fragments.size() - 1) + CLOSE;
    }

    String apply(String rendered) {
        if (fragments.isEmpty()) return rendered;
        StringBuilder out = new StringBuilder(rendered.length() + fragments.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int open = rendered.indexOf(OPEN); open >= 0; open = rendered.indexOf(OPEN, from)) {
            int close = rendered.indexOf(CLOSE, open);
            int index = close < 0 ? -1 : parse(rendered, open + 1, close);
            if (index < 0 || index >= fragments.size()) {
                out.append(rendered, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(rendered, from, open).append(fragments.get(index));
            from = close + 1;
        }
        return out.append(rendered, from, rendered.length()).toString();
    }

    /** The number between the markers, or -1 if it is not one of ours. */
    private static int parse(String s, int from, int to) {
        if (to == from || to - from > 9) return -1;
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
