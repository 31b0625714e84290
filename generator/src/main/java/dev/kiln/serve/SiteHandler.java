package dev.kiln.serve;

import dev.kiln.serve.http.Exchange;
import dev.kiln.serve.http.Handler;
import dev.kiln.serve.http.Request;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serves the current generation: GET and HEAD, the right Content-Type, ETag and Last-Modified
 * with 304s, single byte ranges (206, or 416 when unsatisfiable), the site's own 404.html, and
 * the live-reload endpoints. Each request reads the generation once, so it is answered from one
 * complete build even if another is swapped in meanwhile.
 */
final class SiteHandler implements Handler {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Supplier<Generation> current;
    private final LiveReload live;
    private final Set<String> hosts;

    /** @param host the address the server listens on; with the loopback names, the only Host a request may name */
    SiteHandler(Supplier<Generation> current, LiveReload live, String host) {
        this.current = current;
        this.live = live;
        Set<String> names = new java.util.HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        names.add((host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host).toLowerCase(java.util.Locale.ROOT));
        this.hosts = Set.copyOf(names);
    }

    /**
     * Whether the Host header (without its port) names this server. A web page the author visits can point its own domain at
     * 127.0.0.1 (DNS rebinding) and read this site and its problems, local paths and all; such a
     * request names that domain as Host, and is refused.
     */
    private boolean allowedHost(Request request) {
        String host = request.host();
        if (host == null) return true; // HTTP/1.0 without one; browsers always send it

        String name = host.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) name = name.substring(0, colon);
        // An address typed as digits is not a name a web page can rebind: --host 0.0.0.0 serves the LAN by IP.
        return hosts.contains(name) || IP_LITERAL.matcher(name).matches() || name.startsWith("[");
    }

    private static final java.util.regex.Pattern IP_LITERAL = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Override
    public void handle(Exchange exchange) throws IOException {
        Request request = exchange.request();
        String method = request.method();
        if (!allowedHost(request)) {
            exchange.sendText(403, "this server answers only to its own address (Host: 127.0.0.1 or localhost)");
            return;
        }
        if (!request.isHead() && !method.equals("GET")) {
            exchange.header("Allow", "GET, HEAD").sendText(405, "method not allowed");
            return;
        }
        String raw = request.rawPath();
        Generation generation = current.get();
        if (LiveReload.EVENTS.equals(raw)) {
            if (request.isHead()) {
                exchange.header("Content-Type", LiveReload.EVENTS_TYPE).openStream(200); // a stream has no length to announce
            } else {
                live.serve(exchange, generation.number);
            }
            return;
        }
        if (LiveReload.SCRIPT.equals(raw)) {
            exchange.header("Cache-Control", "no-store");
            send(exchange, 200, Generation.utf8(LiveReload.CLIENT), "text/javascript; charset=utf-8");
            return;
        }
        String path;
        try {
            path = RequestPath.toSitePath(raw);
        } catch (RequestPath.Refused e) {
            exchange.sendText(e.status, e.getMessage());
            return;
        }
        Generation.Served file = generation.get(path);
        if (file == null && generation.has(path + "/index.html")) {
            String query = request.target().contains("?") ? request.target().substring(request.target().indexOf('?')) : "";
            exchange.header("Location", raw + "/" + query).sendText(301, "moved");
            return;
        }
        if (file == null) {
            notFound(exchange, generation);
            return;
        }
        exchange.header("ETag", file.etag())
                .header("Last-Modified", Exchange.HTTP_DATE.format(generation.built))
                .header("Cache-Control", "no-cache")
                .header("Accept-Ranges", "bytes");
        if (notModified(request, file.etag(), generation)) {
            exchange.send(304, new byte[0]);
            return;
        }
        String range = request.header("Range");
        if (range != null) {
            sendRange(exchange, file, range);
            return;
        }
        send(exchange, 200, file.body(), file.contentType());
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
    private static boolean notModified(Request request, String etag, Generation generation) {
        String match = request.header("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
            }
            return false;
        }
        String since = request.header("If-Modified-Since");
        if (since == null) return false;
        try {
            return !generation.built.isAfter(ZonedDateTime.parse(since, HTTP_DATE).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n}; several ranges are answered with the whole file. */
    private static void sendRange(Exchange exchange, Generation.Served file, String range) throws IOException {
        int size = file.body().length;
        String spec = range.strip();
        if (!spec.startsWith("bytes=") || spec.contains(",")) {
            send(exchange, 200, file.body(), file.contentType());
            return;
        }
        String[] ends = spec.substring(6).split("-", -1);
        long from;
        long to;
        try {
            if (ends.length != 2 || (ends[0].isEmpty() && ends[1].isEmpty())) throw new NumberFormatException();
            if (ends[0].isEmpty()) {
                long suffix = Long.parseLong(ends[1]);
                from = Math.max(0, size - suffix);
                to = size - 1;
            } else {
                from = Long.parseLong(ends[0]);
                to = ends[1].isEmpty() ? size - 1 : Math.min(Long.parseLong(ends[1]), size - 1);
            }
        } catch (NumberFormatException e) {
            send(exchange, 200, file.body(), file.contentType());
            return;
        }
        if (from >= size || from > to || from < 0) {
            exchange.header("Content-Range", "bytes */" + size).sendText(416, "range not satisfiable");
            return;
        }
        byte[] part = java.util.Arrays.copyOfRange(file.body(), (int) from, (int) to + 1);
        exchange.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        send(exchange, 206, part, file.contentType());
    }

    private static void notFound(Exchange exchange, Generation generation) throws IOException {
        Generation.Served page = generation.get("404.html");
        if (page == null) exchange.sendText(404, "not found");
        else send(exchange, 404, page.body(), page.contentType());
    }

    private static void send(Exchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.header("Content-Type", type).header("X-Content-Type-Options", "nosniff").send(status, body);
    }
}
