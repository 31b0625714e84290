package dev.kiln.problem;

import java.util.List;

/** A build that found problems in the author's input. It carries all of them; it is not a crash. */
public final class BuildFailedException extends RuntimeException {
    private final List<Problem> problems;
    private final int dropped;
    private final List<Problem> warnings;

    /**
     * @param dropped  problems found past {@link Limits#PROBLEMS_KEPT}, counted but not kept
     * @param warnings what the build found besides, so a failed build still tells it
     */
    public BuildFailedException(List<Problem> problems, int dropped, List<Problem> warnings) {
        super(problems.size() + dropped + " problem(s): " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = List.copyOf(problems);
        this.dropped = dropped;
        this.warnings = List.copyOf(warnings);
    }

    public BuildFailedException(List<Problem> problems) {
        this(problems, 0, List.of());
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** How many problems there were in all, kept or not. */
    public int total() {
        return problems.size() + dropped;
    }

    public BuildFailedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
