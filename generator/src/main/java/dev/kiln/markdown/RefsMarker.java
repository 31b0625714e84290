package dev.kiln.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the page's references list goes: Pandoc's {@code ::: {#refs}} … {@code :::} or
 * {@code <div id="refs"></div>}. Without one, the list ends the page.
 */
public final class RefsMarker extends Block {
    RefsMarker(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Replaces each marker in the document by a {@link RefsMarker}. */
    static void apply(Document document) {
        List<Node> markers = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            String text = node.getChars().toString().replaceAll("\\s+", "");
            if (node instanceof HtmlBlock && text.equals("<divid=\"refs\"></div>")) markers.add(node);
            else if (node instanceof Paragraph && text.equals(":::{#refs}:::")) markers.add(node);
        }
        for (Node marker : markers) {
            marker.insertBefore(new RefsMarker(marker.getChars()));
            marker.unlink();
        }
    }
}
