package dev.kiln.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiln.serve.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over loopback HTTP, as a static host serves it: files as they are, and
 * {@code 404.html} for anything missing. Pages that use absolute URLs (the 404 page) need a server.
 */
final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;

    StaticServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
        // the JDK reads its server settings once per JVM: the same as kiln serve's, whichever starts first
        dev.kiln.serve.DevServer.configureJdkServer();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of a file in the site, such as {@code guide/setup.html}. */
    String url(String relative) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (path.endsWith("/")) file = file.resolve("index.html");
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString()));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
