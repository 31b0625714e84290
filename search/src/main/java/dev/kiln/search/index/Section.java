package dev.kiln.search.index;

/**
 * One search result: a page's text from one heading to the next (or from the top of the page to
 * its first heading, when {@code top}).
 *
 * @param url       the page's URL relative to the site root, with the heading's {@code #anchor}
 * @param pageTitle the page's title
 * @param heading   the section's heading; for the top of a page, the page's title again
 * @param text      the section's text
 * @param top       whether this is the page's first section, which carries the page title
 */
public record Section(String url, String pageTitle, String heading, String text, boolean top) {}
