package dev.kiln.diagram.flowchart;

import dev.kiln.diagram.flowchart.Flowchart.Shape;
import dev.kiln.diagram.syntax.Cursor;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import java.util.List;

/** The brackets around a node's label, which choose its shape: {@code A[rect]}, {@code B{diamond}}, … */
final class ShapeSyntax {
    private ShapeSyntax() {}

    /** An opening bracket, the closings it accepts, and the shape each closing gives. */
    private record Form(String open, List<String> closes, List<Shape> shapes) {}

    // Longest openings first, so that `((` is not read as `(`.
    private static final List<Form> FORMS = List.of(
            new Form("(((", List.of(")))"), List.of(Shape.DOUBLE_CIRCLE)),
            new Form("((", List.of("))"), List.of(Shape.CIRCLE)),
            new Form("([", List.of("])"), List.of(Shape.STADIUM)),
            new Form("[[", List.of("]]"), List.of(Shape.SUBROUTINE)),
            new Form("[(", List.of(")]"), List.of(Shape.CYLINDER)),
            new Form("[/", List.of("/]", "\\]"), List.of(Shape.PARALLELOGRAM, Shape.TRAPEZOID)),
            new Form("[\\", List.of("\\]", "/]"), List.of(Shape.PARALLELOGRAM_ALT, Shape.TRAPEZOID_ALT)),
            new Form("{{", List.of("}}"), List.of(Shape.HEXAGON)),
            new Form("[", List.of("]"), List.of(Shape.RECT)),
            new Form("(", List.of(")"), List.of(Shape.ROUND)),
            new Form("{", List.of("}"), List.of(Shape.DIAMOND)),
            new Form(">", List.of("]"), List.of(Shape.ASYMMETRIC)));

    /** @param quoted whether the label was written in quotes (only then can it be a Markdown string) */
    record Labelled(Shape shape, String label, boolean quoted) {}

    /** The shape and raw label at the cursor, or null when no bracket opens there. */
    static Labelled read(Cursor c, String nodeId) throws DiagramSyntaxException {
        int openedAt = c.mark();
        Form form = null;
        for (Form f : FORMS) {
            if (c.eat(f.open())) {
                form = f;
                break;
            }
        }
        if (form == null) return null;
        String label;
        if (c.peek() == '"') {
            label = c.quoted("the quoted label of node `" + nodeId + "` is never closed with `\"`");
            for (int i = 0; i < form.closes().size(); i++) {
                if (c.eat(form.closes().get(i))) return new Labelled(form.shapes().get(i), label, true);
            }
            throw c.error("expected " + expected(form) + " to close node `" + nodeId + "`, found " + c.found());
        }
        int from = c.mark();
        while (!c.atEnd() && c.peek() != '\n') {
            for (int i = 0; i < form.closes().size(); i++) {
                String close = form.closes().get(i);
                if (c.startsWith(close)) {
                    label = c.slice(from);
                    c.eat(close);
                    return new Labelled(form.shapes().get(i), label.strip(), false);
                }
            }
            c.next();
        }
        throw c.errorAt(openedAt, "the label of node `" + nodeId + "` opened with `" + form.open()
                + "` is never closed: expected " + expected(form) + " on the same line");
    }

    private static String expected(Form form) {
        return "`" + String.join("` or `", form.closes()) + "`";
    }
}
