package dev.kiln.xref;

import java.util.List;
import java.util.function.Supplier;

/**
 * The full report's list of figures and list of tables, in reading order, and its references
 * list, made on first use (only a report laid out again needs it).
 */
public record Listings(List<Item> figures, List<Item> tables, Supplier<String> references) {
    public static final Listings NONE = new Listings(List.of(), List.of(), () -> "");

    /**
     * One numbered figure or table, for a template.
     *
     * @param number  "Figure 2", "图 4.1"
     * @param caption its caption as plain text
     * @param anchor  its place in the report ({@code #section--fig:name})
     */
    public record Item(String number, String caption, String anchor) {}
}
