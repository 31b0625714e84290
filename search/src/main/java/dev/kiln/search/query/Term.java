package dev.kiln.search.query;

/**
 * One thing a query asks for. A section matches the term when it holds one of the exact tokens
 * or a token that starts with the prefix (null: none).
 */
public final class Term {
    static final int NONE = 0;
    static final int PREFIX = 1;
    static final int EXACT = 2;

    final String[] exact;
    final String prefix;

    Term(String[] exact, String prefix) {
        this.exact = exact;
        this.prefix = prefix;
    }

    boolean matches(String token) {
        return matchesExactly(token) || prefix != null && token.startsWith(prefix);
    }

    boolean matchesExactly(String token) {
        for (String e : exact) if (e.equals(token)) return true;
        return false;
    }

    /**
     * How the token made of code points {@code chars[from, to)} matches: {@link #EXACT},
     * {@link #PREFIX} or {@link #NONE}. The same answer as {@link #matches} on that token as a
     * string, without making the string.
     */
    int matchCodePoints(int[] chars, int from, int to) {
        for (String e : exact) if (compare(e, chars, from, to) == 0) return EXACT;
        return prefix != null && compare(prefix, chars, from, to) >= 0 ? PREFIX : NONE;
    }

    /** 0 if {@code s} is the code points {@code chars[from, to)}, 1 if it is a shorter prefix of them, -1 otherwise. */
    private static int compare(String s, int[] chars, int from, int to) {
        int i = 0, k = from;
        while (i < s.length()) {
            if (k == to) return -1;
            int c = s.codePointAt(i);
            if (c != chars[k++]) return -1;
            i += Character.charCount(c);
        }
        return k == to ? 0 : 1;
    }

    /** What makes two terms the same, so {@code 模型模型} asks for 模型 once. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (String e : exact) key.append(e).append(' ');
        return key.append('|').append(prefix).toString();
    }
}
