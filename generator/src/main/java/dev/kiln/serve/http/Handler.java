package dev.kiln.serve.http;

import java.io.IOException;

/** Answers one request; runs on a worker thread. An answer it never sends becomes a 500. */
@FunctionalInterface
public interface Handler {
    void handle(Exchange exchange) throws IOException;
}
