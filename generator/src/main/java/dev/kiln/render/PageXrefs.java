package dev.kiln.render;

import dev.kiln.xref.PageRefs;
import dev.kiln.xref.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's numbered formulas and references, in document order, with a placeholder for each.
 * A page renders twice (its own body, then its part of the report): the second pass meets the
 * same items in the same order and gets the same placeholders, so each is recorded once.
 */
final class PageXrefs {
    /** {@code \eqref{eq:name}} and {@code \ref{eq:name}} inside a formula. */
    private static final Pattern IN_FORMULA = Pattern.compile("\\\\(eq)?ref\\{([^{}]*)\\}");

    private final BodyCompiler.Positions at;
    private final boolean numberAll;
    private final List<PageRefs.Numbered> numbered = new ArrayList<>();
    private final List<PageRefs.Ref> refs = new ArrayList<>();
    private final List<dev.kiln.cite.Citation> citations = new ArrayList<>();
    private List<String> nocite = List.of();
    private boolean refsMarker;
    private int nextCitation;
    private int markers;
    private int nextNumbered;
    private int nextRef;

    /** @param numberAll {@code math.number: all}: unlabelled display formulas are numbered too */
    PageXrefs(BodyCompiler.Positions at, boolean numberAll) {
        this.at = at;
        this.numberAll = numberAll;
    }

    /** Called before each rendering of the page. */
    void startRender() {
        nextNumbered = 0;
        nextRef = 0;
        nextCitation = 0;
        markers = 0;
    }

    PageRefs recorded() {
        PageRefs recorded = new PageRefs(numbered, refs, citations, nocite, refsMarker);
        return recorded.isEmpty() ? PageRefs.NONE : recorded;
    }

    /** The works the page's references list shows uncited (front matter {@code nocite}). */
    void nocite(List<String> keys) {
        nocite = List.copyOf(keys);
    }

    /** @param inLink it stands in a link's text: its text goes there without a link of its own */
    String citation(dev.kiln.cite.Citation citation, boolean inLink) {
        if (nextCitation == citations.size()) citations.add(citation);
        int i = nextCitation++;
        return inLink ? Slots.citationText(i) : Slots.citation(i);
    }

    String references() {
        refsMarker = true;
        markers++;
        return markers > 1 ? "" : Slots.references();
    }

    /** Whether the marker being rendered is the page's second (in this rendering). */
    boolean markedTwice() {
        return markers >= 1;
    }

    String number(String label, int offset, String caption, boolean always) {
        if (label.isEmpty() && !numberAll && !always) return "";
        return Slots.number(record(label, offset, caption, ""));
    }

    /** A formula with the author's own {@code \tag}: a target for references, with no place of its own to fill. */
    void tagged(String label, int offset, String tag) {
        record(label, offset, "", tag);
    }

    private int record(String label, int offset, String caption, String tag) {
        if (nextNumbered == numbered.size()) {
            numbered.add(new PageRefs.Numbered(label, label.isEmpty() ? 0 : at.line(offset), label.isEmpty() ? 0 : at.column(offset), caption, tag));
        }
        return nextNumbered++;
    }

    /** @param inLink the reference stands in a link's text, where a second link may not go */
    String reference(String label, PageRefs.Form form, int offset, boolean inLink) {
        int i = recordRef(label, form, offset);
        return inLink ? Slots.referenceText(i) : Slots.reference(i);
    }

    private int recordRef(String label, PageRefs.Form form, int offset) {
        if (nextRef == refs.size()) refs.add(new PageRefs.Ref(label, form, at.line(offset), at.column(offset)));
        return nextRef++;
    }

    /**
     * A formula with each {@code \eqref}/{@code \ref} replaced by a placeholder KaTeX shows as text,
     * and the offsets of the TeX as written, for an index into the rewritten TeX.
     */
    record Rewritten(String tex, IntUnaryOperator offsets) {}

    Rewritten inFormula(String tex, IntUnaryOperator offsets) {
        if (!tex.contains("ref{")) return new Rewritten(tex, offsets);
        Matcher m = IN_FORMULA.matcher(tex);
        StringBuilder out = new StringBuilder();
        List<int[]> moves = new ArrayList<>(); // {index after the placeholder in the new TeX, index after the reference in the old}
        while (m.find()) {
            int i = recordRef(m.group(2).strip(), m.group(1) != null ? PageRefs.Form.NUMBER : PageRefs.Form.BARE, offsets.applyAsInt(m.start()));
            m.appendReplacement(out, Matcher.quoteReplacement(Slots.inFormula(i)));
            moves.add(new int[] {out.length(), m.end()});
        }
        m.appendTail(out);
        return new Rewritten(out.toString(), index -> {
            int old = index;
            for (int[] move : moves) if (index >= move[0]) old = move[1] + index - move[0]; // past a placeholder: shifted as it was
            return offsets.applyAsInt(Math.min(old, tex.length()));
        });
    }
}
