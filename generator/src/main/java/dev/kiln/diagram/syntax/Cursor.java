package dev.kiln.diagram.syntax;

/**
 * A position in a diagram's source with its line and column, and the small lexical steps the
 * Mermaid grammars need. Statements end at a line break or a {@code ;}.
 */
public final class Cursor {
    private final String text;
    private int pos;

    public Cursor(String text) {
        this.text = text;
    }

    public boolean atEnd() {
        return pos >= text.length();
    }

    public char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    public char peek(int ahead) {
        int at = pos + ahead;
        return at >= text.length() ? '\0' : text.charAt(at);
    }

    public boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    public boolean eat(String s) {
        if (!startsWith(s)) return false;
        pos += s.length();
        return true;
    }

    public char next() {
        return text.charAt(pos++);
    }

    public int mark() {
        return pos;
    }

    public void reset(int mark) {
        pos = mark;
    }

    public String slice(int from) {
        return text.substring(from, pos);
    }

    /**
     * The text of a {@code "quoted"} string at the cursor (which is on its opening quote), leaving
     * the cursor past the closing one; line breaks may come inside.
     *
     * @param unclosed the error to give, at the opening quote, when no closing quote comes
     */
    public String quoted(String unclosed) throws DiagramSyntaxException {
        int quote = pos;
        pos++;
        while (!atEnd() && peek() != '"') pos++;
        if (atEnd()) throw errorAt(quote, unclosed);
        String text = slice(quote + 1);
        pos++;
        return text;
    }

    /** Moves past an entity code Mermaid decodes ({@code #59;}, {@code #quot;}) if one starts at the cursor. */
    public boolean eatEntity() {
        int end = atEnd() ? -1 : MermaidText.entityEnd(text, pos);
        if (end < 0) return false;
        pos = end + 1;
        return true;
    }

    /** Skips spaces and tabs, not line breaks. */
    public void skipSpaces() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) pos++;
    }

    /** At a statement's end: a line break, {@code ;}, a comment or the end of the text. */
    public boolean atStatementEnd() {
        return atEnd() || peek() == '\n' || peek() == '\r' || peek() == ';' || startsWith("%%");
    }

    /** Skips blank lines, {@code ;} separators and {@code %%} comments up to the next statement. */
    public void skipToStatement() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';') pos++;
            else if (startsWith("%%")) restOfLine();
            else break;
        }
    }

    /** The rest of the current line (up to, not including, the line break). */
    public String restOfLine() {
        int from = pos;
        while (!atEnd() && peek() != '\n') pos++;
        return text.substring(from, pos).stripTrailing();
    }

    /** The rest of the statement: up to a line break or {@code ;}. */
    public String restOfStatement() {
        int from = pos;
        while (!atEnd() && peek() != '\n' && peek() != ';') pos++;
        return text.substring(from, pos).strip();
    }

    /** {@code accTitle: text}, {@code accDescr: text} or {@code accDescr { … }} over several lines. */
    public String accessibleText() throws DiagramSyntaxException {
        skipSpaces();
        if (eat(":")) return restOfLine().strip();
        if (eat("{")) {
            int from = mark();
            while (!atEnd() && peek() != '}') next();
            if (atEnd()) throw errorAt(from - 1, "`{` is never closed with `}`");
            String body = slice(from);
            next();
            return body.strip().replaceAll("\\s*\\n\\s*", " ");
        }
        throw error("expected `:` or `{` after the keyword");
    }

    /** A node or class name: letters (any script), digits and {@code _}; empty if none. */
    public String word() {
        int from = pos;
        while (!atEnd() && isWordChar(peek())) pos++;
        return text.substring(from, pos);
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    public int line() {
        return lineAt(pos);
    }

    public int column() {
        return columnAt(pos);
    }

    public int lineAt(int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    public int columnAt(int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        return at - start + 1;
    }

    public DiagramSyntaxException error(String message) {
        return errorAt(pos, message);
    }

    public DiagramSyntaxException errorAt(int at, String message) {
        return new DiagramSyntaxException(lineAt(at), columnAt(at), message);
    }

    /** What stands at the cursor, quoted for an error message. */
    public String found() {
        if (atEnd()) return "the end of the diagram";
        if (peek() == '\n' || peek() == '\r') return "the end of the line";
        int end = pos;
        while (end < text.length() && end - pos < 12 && !Character.isWhitespace(text.charAt(end))) end++;
        return "`" + text.substring(pos, Math.max(end, pos + 1)) + "`";
    }
}
