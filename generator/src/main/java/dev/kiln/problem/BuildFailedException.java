package dev.kiln.problem;

import java.util.List;

/** A build that found problems in the author's input. It carries all of them; it is not a crash. */
public final class BuildFailedException extends RuntimeException {
    private final List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = List.copyOf(problems);
    }

    public BuildFailedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
