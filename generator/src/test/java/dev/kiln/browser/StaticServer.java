package dev.kiln.browser;

import dev.kiln.serve.ContentTypes;
import dev.kiln.serve.http.Exchange;
import dev.kiln.serve.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over loopback HTTP, as a static host serves it: files as they are, and
 * {@code 404.html} for anything missing. Pages that use absolute URLs (the 404 page) need a server.
 * It can serve the site under a sub-path, as a project site on GitHub Pages is ({@code /docs/}).
 */
final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String mount;

    StaticServer(Path root) {
        this(root, "/");
    }

    /** @param mount the path the site is served under, starting and ending with {@code /} */
    StaticServer(Path root, String mount) {
        this.root = root.toAbsolutePath().normalize();
        this.mount = mount;
        try {
            server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), this::handle, java.time.Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a file in the site, such as {@code guide/setup.html}. */
    String url(String relative) {
        return "http://127.0.0.1:" + server.address().getPort() + mount + relative;
    }

    private void handle(Exchange exchange) throws IOException {
        String path = java.net.URI.create(exchange.request().rawPath()).getPath();
        if (!path.startsWith(mount)) {
            exchange.sendText(404, "not found");
            return;
        }
        Path file = root.resolve(path.substring(mount.length())).normalize();
        if (path.endsWith("/")) file = file.resolve("index.html");
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.header("Content-Type", ContentTypes.of(file.getFileName().toString())).send(status, body);
    }

    @Override
    public void close() {
        server.close();
    }
}
