package dev.kiln.demo.engine;

/** A demo setting that is missing, unknown or out of range; {@code path} names it, such as {@code optimizer.lr}. */
public final class SpecException extends RuntimeException {
    private final String path;

    public SpecException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
