package dev.kiln.site;

/** Where a link written in Markdown leads, or why it leads nowhere. */
public sealed interface LinkTarget {

    /** Another site, a mail address, or anything with a scheme: left exactly as written. */
    record External(String url) implements LinkTarget {}

    /** A page of this site, optionally at an anchor ({@code ""} for none). */
    record ToPage(PageInfo page, String fragment) implements LinkTarget {}

    /** A file copied from {@code content/}, such as an image. */
    record ToAsset(String path, String fragment) implements LinkTarget {}

    /** A scheme that could run script in the reader's browser, or one Kiln does not allow. */
    record Refused(String message, String hint) implements LinkTarget {}

    /** Nothing there: the message says what was looked for, the hint what to do. */
    record Missing(String message, String hint) implements LinkTarget {}
}
