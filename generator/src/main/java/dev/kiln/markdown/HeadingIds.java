package dev.kiln.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes heading ids that are readable and stable in any script: letters and digits of every
 * language are kept (so {@code 2.1 大模型定义} becomes {@code 2-1-大模型定义}), everything else
 * becomes a single dash, and a repeated heading gets {@code -1}, {@code -2}. The id depends only on
 * the heading's text and the headings before it on the same page, so links keep working when
 * other pages change.
 */
public final class HeadingIds {
    private final Map<String, Integer> seen = new HashMap<>();

    public String next(String text) {
        String base = slug(text);
        Integer count = seen.get(base);
        seen.put(base, count == null ? 1 : count + 1);
        if (count == null) return base;
        String candidate = base + "-" + count;
        while (seen.containsKey(candidate)) candidate = base + "-" + (++count);
        seen.put(candidate, 1);
        return candidate;
    }

    /** Reserves an id that is not a heading's (such as a footnote's) so headings never take it. */
    public void reserve(String id) {
        seen.putIfAbsent(id, 1);
    }

    public static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                if (dash && out.length() > 0) out.append('-');
                dash = false;
                out.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }
}
