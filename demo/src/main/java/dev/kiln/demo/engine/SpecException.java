package dev.kiln.demo.engine;

import java.util.List;

/** A demo setting that is missing, unknown or out of range; {@code path} names it, such as {@code optimizer.lr}. */
public final class SpecException extends RuntimeException {
    private final String path;
    private final List<SpecException> all;

    public SpecException(String path, String message) {
        super(message);
        this.path = path;
        this.all = List.of(this);
    }

    private SpecException(List<SpecException> all) {
        super(all.get(0).getMessage());
        this.path = all.get(0).path;
        this.all = List.copyOf(all);
    }

    /** The first of several bad settings, carrying them all. */
    static SpecException of(List<SpecException> problems) {
        return problems.size() == 1 ? problems.get(0) : new SpecException(problems);
    }

    /** Every bad setting found, this one first. */
    public List<SpecException> all() {
        return all;
    }

    public String path() {
        return path;
    }
}
