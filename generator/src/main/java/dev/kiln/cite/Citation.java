package dev.kiln.cite;

import java.util.List;

/**
 * One citation as written: {@code [@a; @b, p. 33]} (in parentheses, or the style's brackets),
 * {@code @a} (narrative: "Vaswani et al. (2017)"), {@code [-@a]} (the year alone).
 *
 * @param items     the works cited, in order
 * @param narrative written {@code @key} in running text
 */
public record Citation(List<Item> items, boolean narrative) {
    /**
     * @param key            the BibTeX key
     * @param prefix         text before it inside the brackets ({@code see}), or empty
     * @param locator        {@code 33} of {@code p. 33}, or empty
     * @param label          the CSL locator label ({@code page}, {@code chapter}, …), or empty
     * @param suffix         text after it that is no locator ({@code and elsewhere}), or empty
     * @param suppressAuthor written {@code -@key}
     */
    public record Item(String key, String prefix, String locator, String label, String suffix, boolean suppressAuthor) {}

    public Citation {
        items = List.copyOf(items);
    }
}
