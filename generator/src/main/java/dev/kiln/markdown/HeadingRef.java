package dev.kiln.markdown;

/**
 * A heading of a page as the table of contents and the link checker see it.
 *
 * @param level 1–6, as written in the Markdown
 * @param text  the heading's plain text
 * @param id    its anchor id, unique within the page
 */
public record HeadingRef(int level, String text, String id) {}
