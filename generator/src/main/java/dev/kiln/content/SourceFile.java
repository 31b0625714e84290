package dev.kiln.content;

import java.nio.file.Path;

/**
 * A Markdown file as loaded: its path inside {@code content/}, the path to show the author, and
 * its text split at the front matter.
 *
 * @param relativePath  path below the content folder, with {@code /} separators (e.g. {@code guide/intro.md})
 * @param displayPath   path used in messages (the content folder as given, plus the relative path)
 * @param frontMatter   the parsed front matter (empty when the file has none)
 * @param body          the Markdown after the front matter
 * @param bodyFirstLine 1-based line in the file where {@code body} starts
 */
public record SourceFile(String relativePath, Path displayPath, FrontMatter frontMatter, String body, int bodyFirstLine) {}
