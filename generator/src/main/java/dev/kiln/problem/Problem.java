package dev.kiln.problem;

import java.nio.file.Path;

/**
 * One thing wrong with the author's input, located precisely enough to jump to it.
 *
 * @param file   the file at fault, as the author knows it (relative to the working directory)
 * @param line   1-based line, or 0 when the whole file is at fault
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint    what to do about it, or empty
 */
public record Problem(Path file, int line, int column, String message, String hint) {

    public Problem {
        hint = hint == null ? "" : hint;
    }

    public static Problem at(Path file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, message, hint);
    }

    public static Problem inFile(Path file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** {@code file:line:col}, the form editors and terminals turn into links. */
    public String location() {
        String where = file == null ? "<site>" : file.toString();
        if (line > 0) where += ":" + line;
        if (line > 0 && column > 0) where += ":" + column;
        return where;
    }

    /** The message as printed: {@code file:line:col: error: message} and an indented hint. */
    public String format() {
        return location() + ": error: " + message + (hint.isEmpty() ? "" : "\n    hint: " + hint);
    }
}
