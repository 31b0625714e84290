package dev.kiln.serve;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.pipeline.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server over real HTTP on a free port: types, caching, ranges, errors, and what it refuses. */
class ServeTest {
    @TempDir
    Path dir;
    Path site;
    DevServer server;
    final StringWriter log = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n# 首页\n\n你好，世界。[页面](page.md)\n");
        write(site, "content/page.md", "---\ntitle: 页面\n---\n\n正文。\n");
        for (String asset : new String[] {"a.wasm", "a.mjs", "a.json", "a.svg", "a.woff2", "a.png", "a.txt", "a.css", "a.js"}) {
            write(site, "content/files/" + asset, "0123456789abcdefghij");
        }
        server = new DevServer(options(site), new PrintWriter(log, true), new PrintWriter(log, true));
        server.start("127.0.0.1", 0);
    }

    static BuildOptions options(Path site) {
        return new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"),
                site.resolve("out"), null, false, false, site.resolve("cache"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request written by hand, for paths and request lines an HTTP client would refuse or tidy up. */
    String raw(String requestLine) throws IOException {
        return rawBytes((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    String rawBytes(byte[] request) throws IOException {
        URI at = server.address();
        try (Socket socket = new Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAssetTypeHasItsContentType() throws Exception {
        Map<String, String> types = Map.of("a.wasm", "application/wasm", "a.mjs", "text/javascript; charset=utf-8",
                "a.json", "application/json", "a.svg", "image/svg+xml", "a.woff2", "font/woff2", "a.png", "image/png",
                "a.txt", "text/plain; charset=utf-8", "a.css", "text/css; charset=utf-8", "a.js", "text/javascript; charset=utf-8");
        for (Map.Entry<String, String> t : types.entrySet()) {
            HttpResponse<byte[]> r = get("/files/" + t.getKey());
            assertEquals(200, r.statusCode(), t.getKey());
            assertEquals(t.getValue(), r.headers().firstValue("Content-Type").orElse(""), t.getKey());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        HttpResponse<byte[]> page = get("/page.html");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, get("/").statusCode(), "/ serves index.html");
        assertEquals("image/svg+xml", get("/assets/favicon.svg").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml", ContentTypes.of("sitemap.xml"));
    }

    @Test
    void aMissingPageGetsTheSites404() throws Exception {
        HttpResponse<byte[]> r = get("/no-such-page.html");
        assertEquals(404, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Page not found"), "the site's own 404 page, in English: no language set");
    }

    @Test
    void etagsAndDatesGive304s() throws Exception {
        HttpResponse<byte[]> first = get("/page.html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again = get("/page.html", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, get("/page.html", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("/page.html", "If-None-Match", "\"something-else\"").statusCode());
        assertNotEquals(etag, get("/index.html").headers().firstValue("ETag").orElseThrow(), "one tag per file");
    }

    @Test
    void headAndRangeRequests() throws Exception {
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(server.address().resolve("/files/a.txt"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals("20", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(0, head.body().length);
        HttpResponse<byte[]> part = get("/files/a.txt", "Range", "bytes=2-5");
        assertEquals(206, part.statusCode());
        assertEquals("2345", new String(part.body(), StandardCharsets.UTF_8));
        assertEquals("bytes 2-5/20", part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("fghij", new String(get("/files/a.txt", "Range", "bytes=-5").body(), StandardCharsets.UTF_8));
        assertEquals("klmnopqrstuvwxyz".length() > 0 ? "abcdefghij" : "", new String(get("/files/a.txt", "Range", "bytes=10-").body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> beyond = get("/files/a.txt", "Range", "bytes=50-60");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */20", beyond.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(405, http.send(HttpRequest.newBuilder(server.address().resolve("/page.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/%2e%2e/etc/passwd", "/files%2f..%2f..%2fsite.yaml",
            "/..%5c..%5csite.yaml", "/files/..\\..\\site.yaml", "/./../content/index.md", "/files/%2e%2e/%2e%2e/templates/base.ftlh"})
    void pathTraversalIsRefused(String path) throws Exception {
        Files.writeString(site.resolve("site.yaml"), "title: secret-config\n");
        String response = raw("GET " + path + " HTTP/1.1");
        String status = response.lines().findFirst().orElse("");
        assertTrue(status.matches("HTTP/1\\.1 (400|403|404) .*"), path + " → " + status);
        assertFalse(response.contains("secret-config") || response.contains("root:") || response.contains("<#macro"), path);
    }

    @Test
    void aFileLinkedFromOutsideTheContentIsNotPublished() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(site.resolve("content/leak.txt"), secret);
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("x.txt"), "also secret");
        Files.createSymbolicLink(site.resolve("content/linked-dir"), outside);
        server.close();
        server = new DevServer(options(site), new PrintWriter(log, true), new PrintWriter(log, true));
        server.start("127.0.0.1", 0);
        assertEquals(404, get("/leak.txt").statusCode());
        assertEquals(404, get("/linked-dir/x.txt").statusCode());
        assertTrue(log.toString().contains("leak.txt"), "the author is told why: " + log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example"})
    void aForeignHostNameIsRefusedSoDnsRebindingReadsNothing(String host) throws Exception {
        for (String path : new String[] {"/page.html", "/_kiln/events"}) {
            String response = rawBytes(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(response.startsWith("HTTP/1.1 403"), host + path + " → " + response.lines().findFirst().orElse("(nothing)"));
            assertFalse(response.contains("<html") || response.contains("event:"), "nothing of the site: " + response);
        }
        assertEquals(200, get("/page.html").statusCode(), "its own address still works");
        for (String own : new String[] {"LOCALHOST:1", "192.168.1.20:4000", "[::1]:8000"}) {
            // loopback names, and addresses typed as digits (a phone on the LAN with --host 0.0.0.0): no page can rebind those
            String local = rawBytes(("GET /page.html HTTP/1.1\r\nHost: " + own + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(local.startsWith("HTTP/1.1 200"), own + " → " + local.lines().findFirst().orElse(""));
        }
    }

    /** 250 keep-alive clients, each asking twice on its own connection: the JDK's default of 200 idle connections reset some. */
    @Test
    void twoHundredFiftyKeepAliveClientsAreAllServed() throws Exception {
        URI at = server.address();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 250; i++) {
                    if (round == 0) {
                        Socket socket = new Socket(at.getHost(), at.getPort());
                        socket.setSoTimeout(10_000);
                        sockets.add(socket);
                    }
                    Socket socket = sockets.get(i);
                    socket.getOutputStream().write("GET /page.html HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                }
                for (int i = 0; i < 250; i++) {
                    String status = readResponse(sockets.get(i).getInputStream());
                    assertTrue(status.startsWith("HTTP/1.1 200"), "client " + i + ", request " + (round + 1) + ": " + status);
                }
            }
        } finally {
            for (Socket socket : sockets) socket.close();
        }
    }

    /** ab and other HTTP/1.0 clients ask for keep-alive and wait for the close unless the answer says it stays open. */
    @Test
    void http10KeepAliveIsAnsweredAsSuch() throws Exception {
        URI at = server.address();
        try (Socket socket = new Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(10_000);
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write("GET /page.html HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                String head = readResponse(socket.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 200") && head.contains("\r\nConnection: keep-alive\r\n"), "request " + (i + 1) + ": " + head);
            }
        }
    }

    /** 500 clients that each send half a head and wait hold no thread: the author's own request is answered meanwhile. */
    @Test
    void slowClientsHoldNoThreads() throws Exception {
        URI at = server.address();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                Socket socket = new Socket(at.getHost(), at.getPort());
                socket.getOutputStream().write("GET /page.html HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            assertEquals(200, get("/page.html").statusCode());
            long workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("kiln-http-")).count();
            assertTrue(workers < 20, workers + " server threads for 500 slow clients");
        } finally {
            for (Socket socket : slow) socket.close();
        }
    }

    /** Reads one response (status line, headers, a Content-Length body) and returns its head. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) return "(connection closed) " + head;
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int body = length.find() ? Integer.parseInt(length.group(1)) : 0;
        in.readNBytes(body);
        return head.toString();
    }

    /** A client that starts a request and never finishes it is told 408 at the 10 s limit and cut off, not held for ever. */
    @Test
    void aRequestThatNeverArrivesWholeIsClosedAtTheTimeLimit() throws Exception {
        URI at = server.address();
        try (Socket socket = new Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /page.html HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
            // the socket's own 30 s timeout is the bound: a server that never closes fails the read
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        }
    }

    /** Requests the JDK's server met with silence: each now gets its status at once, and the server goes on. */
    @ParameterizedTest
    @ValueSource(strings = {
        "bare LF|GET /page.html HTTP/1.1\nHost: localhost\n\n|400",
        "TLS bytes|\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u00fc\u0003\u0003|400",
        "folded header|GET /page.html HTTP/1.1\r\nHost: localhost\r\nX-A: 1\r\n  2\r\n\r\n|400",
        "no colon|GET /page.html HTTP/1.1\r\nHost: localhost\r\nnonsense\r\n\r\n|400",
        "space before colon|GET /page.html HTTP/1.1\r\nHost : localhost\r\n\r\n|400",
        "no Host in 1.1|GET /page.html HTTP/1.1\r\n\r\n|400",
        "two Hosts|GET /page.html HTTP/1.1\r\nHost: localhost\r\nHost: example.com\r\n\r\n|400",
        "HTTP/2 line|GET /page.html HTTP/2.0\r\nHost: localhost\r\n\r\n|505",
        "lone CR|GET /page.html HTTP/1.1\rHost: localhost\r\n\r\n|400",
    })
    void malformedRequestsAreAnsweredAtOnce(String example) throws Exception {
        String[] parts = example.split("\\|");
        String response = rawBytes(parts[1].getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(response.startsWith("HTTP/1.1 " + parts[2]), parts[0] + " → " + response.lines().findFirst().orElse("(nothing)"));
        assertTrue(response.contains("Connection: close"), parts[0] + ": the connection ends after the refusal");
        assertEquals(200, get("/page.html").statusCode(), "and the server goes on");
    }

    @Test
    void anOversizedHeadGets431() throws Exception {
        String response = rawBytes(("GET /page.html HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(response.startsWith("HTTP/1.1 431"), response.lines().findFirst().orElse("(nothing)"));
    }

    /** Two requests in one packet, as a pipelining client sends them: two answers, in order, on the one connection. */
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        String two = "GET /page.html HTTP/1.1\r\nHost: localhost\r\n\r\nGET /missing.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        URI at = server.address();
        try (Socket socket = new Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(two.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertTrue(readResponse(in).startsWith("HTTP/1.1 200"));
            assertTrue(readResponse(in).startsWith("HTTP/1.1 404"));
            assertEquals(-1, in.read(), "Connection: close is honoured");
        }
    }

    @Test
    void headOnTheEventStreamAnswersAtOnce() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.address().resolve("/_kiln/events"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, r.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE", "GET", "GET /page.html HTTP/9.9 extra", "\u0001\u0002\u0003"})
    void malformedRequestLinesGet400(String line) throws Exception {
        String response = raw(line);
        assertTrue(response.startsWith("HTTP/1.1 400"), "«" + line + "» → " + response.lines().findFirst().orElse("(nothing)"));
        assertFalse(response.contains("Exception") || response.contains("\tat "), "no stack trace");
        assertEquals(200, get("/page.html").statusCode(), "and the server goes on");
    }

    @Test
    void theReloadScriptIsAddedWhenServedAndNeverWritten() throws Exception {
        String served = new String(get("/page.html").body(), StandardCharsets.UTF_8);
        assertTrue(served.contains("<script src=\"/_kiln/live.js\" data-generation=\"1\"></script></body>"), served);
        assertEquals(200, get("/_kiln/live.js").statusCode());
        TestSites.build(site);
        assertFalse(TestSites.read(site.resolve("out/page.html")).contains("_kiln"), "kiln build never contains it");
        byte[] inMemory = server.site().get("page.html");
        assertArrayEquals(Files.readAllBytes(site.resolve("out/page.html")), inMemory, "the served build is the same build");
    }
}
