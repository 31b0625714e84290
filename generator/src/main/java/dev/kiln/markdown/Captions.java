package dev.kiln.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds captioned images and tables after parsing and makes each a {@link Captioned} block:
 * a paragraph holding only {@code ![caption](a.png){#fig:name}}, and a table next to a paragraph
 * that starts {@code Table:}. A label is consumed here; one left anywhere else is reported as stray.
 */
final class Captions {
    private static final String TABLE_CAPTION = "Table:";

    private Captions() {}

    static void apply(Document document) {
        List<Paragraph> figures = new ArrayList<>();
        List<TableBlock> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph p && figureImage(p) != null) figures.add(p);
            else if (node instanceof TableBlock t) tables.add(t);
        }
        for (Paragraph p : figures) figure(p);
        for (TableBlock t : tables) table(t);
    }

    /** The image of a paragraph that holds only an image and a {@code {#fig:…}} label, or null. */
    private static Image figureImage(Paragraph paragraph) {
        List<Node> parts = parts(paragraph);
        return parts.size() == 2 && parts.get(0) instanceof Image image && parts.get(1) instanceof StrayLabel label
                && label.label().startsWith("fig:") ? image : null;
    }

    private static void figure(Paragraph paragraph) {
        Image image = figureImage(paragraph);
        StrayLabel label = (StrayLabel) parts(paragraph).get(1);
        Captioned figure = new Captioned(Captioned.Kind.FIGURE, label.label(), label.getStartOffset(), paragraph.getChars());
        paragraph.insertBefore(figure);
        figure.appendChild(image);
        paragraph.unlink();
    }

    private static void table(TableBlock table) {
        Paragraph caption = captionOf(table.getNext());
        if (caption == null) caption = captionOf(table.getPrevious());
        if (caption == null) return;
        List<Node> parts = parts(caption);
        String label = "";
        int labelOffset = -1;
        if (parts.get(parts.size() - 1) instanceof StrayLabel stray && stray.label().startsWith("tbl:")) {
            label = stray.label();
            labelOffset = stray.getStartOffset();
            stray.unlink();
        }
        Text first = (Text) caption.getFirstChild();
        first.setChars(first.getChars().subSequence(TABLE_CAPTION.length()).trimStart());
        if (caption.getLastChild() instanceof Text last) last.setChars(last.getChars().trimEnd());
        Captioned captioned = new Captioned(Captioned.Kind.TABLE, label, labelOffset, table.getChars());
        table.insertBefore(captioned);
        captioned.appendChild(table);
        captioned.appendChild(caption);
    }

    /** A paragraph that is a table's caption: its text starts {@code Table:}. */
    private static Paragraph captionOf(Node node) {
        return node instanceof Paragraph p && p.getFirstChild() instanceof Text t && t.getChars().startsWith(TABLE_CAPTION) ? p : null;
    }

    /** A paragraph's inline parts, without the blank text between them. */
    private static List<Node> parts(Paragraph paragraph) {
        List<Node> parts = new ArrayList<>();
        for (Node child : paragraph.getChildren()) {
            if (child instanceof Text t && t.getChars().isBlank()) continue;
            parts.add(child);
        }
        return parts;
    }
}
