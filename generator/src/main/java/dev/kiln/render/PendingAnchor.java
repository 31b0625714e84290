package dev.kiln.render;

import dev.kiln.site.PageInfo;
import java.nio.file.Path;

/**
 * A link to {@code page#fragment}, kept until every page's anchors are known.
 *
 * @param target   the page linked to
 * @param fragment the anchor, percent-decoded
 * @param file     the file holding the link
 * @param line     its line
 * @param column   its column
 */
public record PendingAnchor(PageInfo target, String fragment, Path file, int line, int column) {}
