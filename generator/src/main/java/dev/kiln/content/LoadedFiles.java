package dev.kiln.content;

import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown files loaded by an earlier build in the same process ({@code kiln serve}), reused
 * while their modification time and size are unchanged, together with the problems their loading
 * found, so a file that is still broken is still reported.
 */
public final class LoadedFiles {
    record Entry(FileTime modified, long size, SourceFile source, List<Problem> problems, List<Problem> warnings) {}

    final Map<Path, Entry> entries = new ConcurrentHashMap<>();
}
