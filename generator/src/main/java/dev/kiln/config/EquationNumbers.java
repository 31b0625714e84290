package dev.kiln.config;

/**
 * How display formulas are numbered ({@code math:} in {@code site.yaml}).
 *
 * @param all        {@code number: all}: every display formula, not only those with a label
 * @param perSection {@code number-within: section}: "(4.2)", the section's place in the reading
 *                   order first, rather than one count across the site
 */
public record EquationNumbers(boolean all, boolean perSection) {
    public static final EquationNumbers DEFAULT = new EquationNumbers(false, false);
}
