package dev.kiln.xref;

import dev.kiln.cite.Citation;
import java.util.List;

/**
 * What one compiled page numbers and refers to, in document order. Its body holds a placeholder
 * for each ({@link Slots}), filled in by {@link Numbering} once every page is compiled: numbers run
 * across pages in reading order, so no page can know its own alone.
 *
 * @param numbered its numbered formulas, figures and tables: a label each, or empty for a formula numbered by {@code math.number: all}
 * @param refs      its references, to labels on any page
 * @param citations its citations, in order ({@code [@key]}, {@code @key})
 * @param nocite    keys its references list shows though uncited (front matter {@code nocite}; {@code *} for all)
 * @param refsMarker whether it marks where its references list goes ({@code ::: {#refs}})
 */
public record PageRefs(List<Numbered> numbered, List<Ref> refs, List<Citation> citations, List<String> nocite, boolean refsMarker) {
    public static final PageRefs NONE = new PageRefs(List.of(), List.of(), List.of(), List.of(), false);

    /**
     * A numbered formula, figure or table, where its label was written (for a duplicate's error),
     * a figure's or table's caption as plain text (for the report's lists), and the author's own
     * number from {@code \tag{A}}, or empty when Kiln counts it.
     */
    public record Numbered(String label, int line, int column, String caption, String tag) {
        /** {@code eq}, {@code fig} or {@code tbl}: which counter numbers it (an unlabelled one is a formula). */
        public String kind() {
            int colon = label.indexOf(':');
            return colon < 0 ? "eq" : label.substring(0, colon);
        }
    }

    /** A reference, and where it was written (for an unknown label's error). */
    public record Ref(String label, Form form, int line, int column) {}

    /** How a reference reads. */
    public enum Form {
        /** {@code @eq:name}: "Equation (3)", "Figure 2", the word from the UI strings */
        WORD,
        /** {@code [-@eq:name]} and {@code \eqref}: "(3)"; for a figure or table "2" */
        NUMBER,
        /** {@code \ref}: "3" */
        BARE
    }

    public PageRefs {
        numbered = List.copyOf(numbered);
        refs = List.copyOf(refs);
        citations = List.copyOf(citations);
        nocite = List.copyOf(nocite);
    }

    public boolean isEmpty() {
        return numbered.isEmpty() && refs.isEmpty() && !cites() && !refsMarker;
    }

    /** Whether it has a references list of its own: it cites, or lists works uncited. */
    public boolean cites() {
        return !citations.isEmpty() || !nocite.isEmpty();
    }
}
