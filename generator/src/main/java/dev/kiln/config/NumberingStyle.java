package dev.kiln.config;

/**
 * How formulas, figures and tables are numbered ({@code site.yaml}).
 *
 * @param allFormulas {@code math.number: all}: every display formula, not only those with a label
 * @param perSection  {@code number-within: section}: "(4.2)", "Figure 4.2", the section's place in
 *                    the reading order first, rather than one count across the site
 */
public record NumberingStyle(boolean allFormulas, boolean perSection) {
    public static final NumberingStyle DEFAULT = new NumberingStyle(false, false);
}
