package dev.kiln.markdown;

/**
 * A link or image URL as written in a page, with where it was written.
 *
 * @param url    the URL as written
 * @param offset character offset of the URL in the page body
 * @param image  true for an image source
 */
public record OutgoingLink(String url, int offset, boolean image) {}
