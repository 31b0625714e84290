package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A page body after parsing: the AST (owned by the caller and not changed after parsing) and what
 * the later stages need to know without walking it again.
 *
 * @param document      the flexmark AST, with heading ids assigned
 * @param headings      every heading in order
 * @param links         every link and image URL, for checking
 * @param unclosedMath  offsets of {@code $$} blocks that never close
 * @param notes         the editor's notes, in order, ids assigned
 */
public record ParsedMarkdown(Document document, List<HeadingRef> headings, List<OutgoingLink> links,
        List<Integer> unclosedMath, List<NoteRef> notes) {

    /** Text of the first level-1 heading, or empty. */
    public String firstTitle() {
        return headings.stream().filter(h -> h.level() == 1).map(HeadingRef::text).findFirst().orElse("");
    }
}
