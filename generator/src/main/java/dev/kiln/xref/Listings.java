package dev.kiln.xref;

import java.util.List;

/** The full report's list of figures and list of tables, in reading order. */
public record Listings(List<Item> figures, List<Item> tables) {
    public static final Listings NONE = new Listings(List.of(), List.of());

    /**
     * One numbered figure or table, for a template.
     *
     * @param number  "Figure 2", "图 4.1"
     * @param caption its caption as plain text
     * @param anchor  its place in the report ({@code #section--fig:name})
     */
    public record Item(String number, String caption, String anchor) {}
}
