package dev.kiln.serve.http;

/** A request Kiln will not read further: answered with {@link #status} and the reason, then the connection closes. */
public final class BadRequest extends Exception {
    public final int status;

    BadRequest(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }
}
