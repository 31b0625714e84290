package dev.kiln.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;

/**
 * GFM task-list items ({@code - [x] done}). flexmark wraps a loose item's whole content in one
 * {@code <p>}, which is invalid HTML as soon as the item holds a heading, a list or code; here the
 * box goes into the first paragraph only, and other blocks follow it as they are.
 */
final class TaskItems {
    private TaskItems() {}

    /**
     * The box is drawn for the eye and hidden from screen readers, which read a ballot-box
     * character instead: a bare checkbox has no accessible name, and the character needs no words
     * in any language.
     */
    private static final String BOX = "<input type=\"checkbox\" class=\"task-list-item-checkbox\"%s disabled aria-hidden=\"true\">"
            + "<span class=\"visually-hidden\">%s </span>";
    private static final String DONE = BOX.formatted(" checked", "\u2611");
    private static final String NOT_DONE = BOX.formatted("", "\u2610");

    static void render(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
        String box = node.isItemDoneMarker() ? DONE : NOT_DONE;
        boolean tight = ListOptions.get(context.getOptions()).isTightListItem(node);
        html.attr("class", "task-list-item");
        html.withAttr(tight ? CoreNodeRenderer.TIGHT_LIST_ITEM : CoreNodeRenderer.LOOSE_LIST_ITEM).tagLine("li", () -> {
            Node first = node.getFirstChild();
            if (tight || !(first instanceof Paragraph)) {
                html.raw(box);
                context.renderChildren(node);
                return;
            }
            html.tag("p");
            html.raw(box);
            context.renderChildren(first);
            html.tag("/p");
            for (Node next = first.getNext(); next != null; next = next.getNext()) context.render(next);
        });
    }
}
