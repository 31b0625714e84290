package dev.kiln.site;

import dev.kiln.markdown.HeadingRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One entry of a table of contents, with the entries nested under it.
 *
 * @param text     heading text
 * @param id       heading id (the link target is {@code #id})
 * @param level    heading level as written
 * @param children deeper headings up to the next heading of this level or higher
 */
public record TocEntry(String text, String id, int level, List<TocEntry> children) {

    /**
     * Nests the headings from the shallowest level below {@code #} down {@code depth} levels.
     * A page's {@code #} heading is its title, not part of its contents.
     */
    public static List<TocEntry> of(List<HeadingRef> headings, int depth) {
        int top = headings.stream().mapToInt(HeadingRef::level).filter(l -> l > 1).min().orElse(2);
        List<TocEntry> roots = new ArrayList<>();
        Deque<TocEntry> open = new ArrayDeque<>();
        for (HeadingRef h : headings) {
            if (h.level() < top || h.level() - top >= depth) continue;
            TocEntry entry = new TocEntry(h.text(), h.id(), h.level(), new ArrayList<>());
            while (!open.isEmpty() && open.peek().level() >= h.level()) open.pop();
            (open.isEmpty() ? roots : open.peek().children()).add(entry);
            open.push(entry);
        }
        return freeze(roots);
    }

    private static List<TocEntry> freeze(List<TocEntry> entries) {
        return entries.stream().map(e -> new TocEntry(e.text(), e.id(), e.level(), freeze(e.children()))).toList();
    }
}
