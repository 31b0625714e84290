package dev.kiln.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything under {@code content/}: the Markdown pages and the other files (images and the
 * like) that are published as they are.
 *
 * @param root   the content folder
 * @param pages  Markdown files, in path order
 * @param assets other files, as paths relative to {@code root} with {@code /} separators
 */
public record ContentSet(Path root, List<SourceFile> pages, List<String> assets) {}
