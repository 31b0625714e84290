package dev.kiln.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every problem a build finds, from any thread, so the author sees them all at once
 * instead of fixing one, rebuilding, and meeting the next.
 */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Problem> warnings = new ConcurrentLinkedQueue<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /**
     * Adds a problem unless the same message at the same place is already there: a broken
     * template fails every page that uses it, and the author needs to hear it once.
     */
    public void add(Problem problem) {
        if (seen.add(problem.location() + "\0" + problem.message())) found.add(problem);
    }

    public void warn(Problem problem) {
        warnings.add(problem);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Problems in a stable order (by file, then position), with exact repeats folded. */
    public List<Problem> sorted() {
        return sortedDistinct(found);
    }

    public List<Problem> warnings() {
        return sortedDistinct(warnings);
    }

    private static List<Problem> sortedDistinct(Iterable<Problem> problems) {
        List<Problem> list = new ArrayList<>();
        problems.forEach(list::add);
        return new ArrayList<>(list.stream().distinct().sorted(ORDER).toList());
    }

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** Throws if anything was found, carrying every problem. */
    public void throwIfAny() {
        if (!isEmpty()) throw new BuildFailedException(sorted());
    }
}
