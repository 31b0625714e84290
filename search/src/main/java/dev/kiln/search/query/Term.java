package dev.kiln.search.query;

/**
 * One thing a query asks for. A section matches the term when it holds one of the exact tokens
 * or a token that starts with the prefix (null: none).
 */
public final class Term {
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

    /** What makes two terms the same, so {@code 模型模型} asks for 模型 once. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (String e : exact) key.append(e).append(' ');
        return key.append('|').append(prefix).toString();
    }
}
