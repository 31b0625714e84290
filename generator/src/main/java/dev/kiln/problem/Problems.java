package dev.kiln.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects every problem a build finds, from any thread, so the author sees them all at once
 * instead of fixing one, rebuilding, and meeting the next.
 */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Problem> warnings = new ConcurrentLinkedQueue<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    /**
     * Adds a problem unless the same message at the same place is already there: a broken
     * template fails every page that uses it, and the author needs to hear it once.
     */
    public void add(Problem problem) {
        if (kept.get() >= Limits.PROBLEMS_KEPT) {
            // 448,000 broken anchors once filled the heap: past the cap, problems are only counted.
            dropped.incrementAndGet();
            return;
        }
        if (seen.add(problem.location() + "\0" + problem.message()) && kept.incrementAndGet() <= Limits.PROBLEMS_KEPT) found.add(problem);
    }

    /** Problems found past {@link Limits#PROBLEMS_KEPT}: counted, not kept. */
    public int dropped() {
        return dropped.get();
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

    /** Prints the first {@link Limits#PROBLEMS_PRINTED} problems of a failed build, then how many more there were. */
    public static void print(BuildFailedException failed, PrintWriter err) {
        for (Problem w : failed.warnings()) err.println(asWarning(w));
        List<Problem> problems = failed.problems();
        problems.stream().limit(Limits.PROBLEMS_PRINTED).forEach(p -> err.println(p.format()));
        int more = failed.total() - Math.min(problems.size(), Limits.PROBLEMS_PRINTED);
        if (more > 0) err.printf("… and %d more problem%s (the first %d are shown)%n", more, more == 1 ? "" : "s", Limits.PROBLEMS_PRINTED);
    }

    /** A warning as printed: like a problem, with {@code warning:} for {@code error:}. */
    public static String asWarning(Problem warning) {
        return warning.format().replace(": error: ", ": warning: ");
    }

    /** Throws if anything was found, carrying every problem. */
    public void throwIfAny() {
        if (!isEmpty()) throw new BuildFailedException(sorted(), dropped(), warnings());
    }
}
