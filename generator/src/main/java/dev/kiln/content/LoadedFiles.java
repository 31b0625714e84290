package dev.kiln.content;

import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown files loaded by an earlier build in the same process ({@code kiln serve}), reused
 * while their modification time and size are unchanged, together with the problems their loading
 * found, so a file that is still broken is still reported.
 *
 * <p>When the file watcher says that only known Markdown files were modified ({@link #hint}), the
 * next load reads just those and does not walk and stat the whole content folder, which is most
 * of a rebuild's time on a site of 10,000 pages.
 */
public final class LoadedFiles {
    record Entry(FileTime modified, long size, SourceFile source, List<Problem> problems, List<Problem> warnings) {}

    final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private volatile Set<Path> hint;
    ContentSet previous;
    /** The previous load's Markdown files, as walked, by absolute path. */
    Map<Path, Path> previousFiles = Map.of();

    /** What changed since the last load, as absolute paths; null when unknown (then everything is checked). */
    public void hint(Set<Path> changed) {
        this.hint = changed == null ? null : Set.copyOf(changed.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    /** The hint for this load, used once. */
    Set<Path> takeHint() {
        Set<Path> h = hint;
        hint = null;
        return h;
    }

    void remember(ContentSet content, List<Path> markdown) {
        Map<Path, Path> files = new HashMap<>();
        for (Path file : markdown) files.put(file.toAbsolutePath().normalize(), file);
        previous = content;
        previousFiles = files;
    }
}
