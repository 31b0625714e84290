package dev.kiln.serve;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 connections read pages while the site rebuilds over and over: every answer must be a
 * complete page from one build. (bench/serve runs the same with wrk for 10 s and prints figures;
 * this test counts errors, not speed.)
 */
class ServeUnderLoadTest {
    private static final Pattern VERSION = Pattern.compile("版本 (\\d+) 开始.*版本 (\\d+) 结束", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void hundredConnectionsDuringRebuildsGetOnlyWholePages() throws Exception {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", page(0));
        write(site, "content/other.md", "---\ntitle: 其他\n---\n\n其他页面。\n");
        StringWriter log = new StringWriter();
        try (DevServer server = new DevServer(ServeTest.options(site), new PrintWriter(log, true), new PrintWriter(log, true))) {
            server.start("127.0.0.1", 0);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger ok = new AtomicInteger();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int c = 0; c < 100; c++) {
                String path = c % 3 == 0 ? "/other.html" : c % 3 == 1 ? "/assets/kiln.css" : "/index.html";
                Thread t = new Thread(() -> {
                    HttpRequest request = HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(10)).build();
                    while (running.get()) {
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            String problem = check(path, r);
                            if (problem == null) ok.incrementAndGet(); else errors.add(problem);
                        } catch (Exception e) {
                            errors.add(path + ": " + e);
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            long rebuildsBefore = server.generation();
            for (int v = 1; v <= 10; v++) {
                // saved as editors save: a new file renamed over the old one, so every build reads a whole version
                long before = server.generation();
                Path tmp = Files.writeString(site.resolve("content/.index.md.tmp"), page(v));
                Files.move(tmp, site.resolve("content/index.md"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                // the next edit waits for this one's build, however slow the machine: every version is served for a while
                server.awaitNewerThan(before, Duration.ofSeconds(60));
            }
            running.set(false);
            for (Thread t : readers) t.join(15_000);
            assertTrue(errors.isEmpty(), errors.size() + " bad answers, e.g. " + errors.stream().limit(3).toList());
            assertTrue(ok.get() > 100, "answers: " + ok.get());
            assertTrue(server.generation() - rebuildsBefore >= 10, "it rebuilt meanwhile: " + (server.generation() - rebuildsBefore) + " times");
        }
    }

    private static String page(int version) {
        return "---\ntitle: 首页\n---\n\n版本 " + version + " 开始。\n\n" + "一段文字。\n\n".repeat(200) + "版本 " + version + " 结束。\n";
    }

    /** Null when the answer is a whole file from one build. */
    private static String check(String path, HttpResponse<String> r) {
        if (r.statusCode() != 200) return path + ": status " + r.statusCode();
        String body = r.body();
        String length = r.headers().firstValue("Content-Length").orElse("");
        if (!length.isEmpty() && Integer.parseInt(length) != body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) {
            return path + ": length differs from Content-Length";
        }
        if (path.endsWith(".css")) return body.contains("@media print") ? null : path + ": truncated stylesheet";
        if (!body.stripTrailing().endsWith("</html>")) return path + ": truncated page";
        if (path.equals("/index.html")) {
            Matcher m = VERSION.matcher(body);
            if (!m.find() || !m.group(1).equals(m.group(2))) return path + ": parts of two builds";
        }
        return null;
    }

}
