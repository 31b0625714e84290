package dev.kiln.diagram.syntax;

/** A diagram that cannot be parsed, with a 1-based line and column inside the diagram's source. */
public final class DiagramSyntaxException extends Exception {
    private final int line;
    private final int column;

    public DiagramSyntaxException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
