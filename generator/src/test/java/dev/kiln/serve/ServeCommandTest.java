package dev.kiln.serve;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln serve} as a user runs it: a real process that serves, and stops cleanly on a signal. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCommandServesAndStopsOnASignal() throws Exception {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n你好。\n");
        write(site, "site.yaml", "title: 服务\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dorg.freemarker.loggerLibrary=none", "-cp", System.getProperty("java.class.path"), "dev.kiln.cli.Kiln", "serve",
                "--port", "0", "--content", "content", "--templates", "templates", "--config", "site.yaml", "--cache", "cache")
                .directory(site.toFile()).redirectErrorStream(true).start();
        StringBuffer seen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) seen.append(line).append('\n');
            } catch (java.io.IOException closed) {
                // the process ended
            }
        });
        reader.start();
        try {
            Pattern at = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Matcher address = at.matcher("");
            while (!(address = at.matcher(seen)).find()) {
                assertTrue(System.nanoTime() < deadline && process.isAlive(), "it printed its address: " + seen);
                Thread.sleep(50);
            }
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("你好"));
            process.toHandle().destroy(); // SIGTERM, which runs the same shutdown as Ctrl-C's SIGINT; our end of the pipe stays open
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "it stops");
            reader.join(5000);
            assertTrue(seen.toString().contains("Stopped."), seen.toString());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void closingTheServerEndsEveryThreadItStarted() throws Exception {
        Path site = TestSites.create(dir.resolve("site"));
        write(site, "content/index.md", "---\ntitle: 首页\n---\n\n你好。\n");
        DevServer server = new DevServer(ServeTest.options(site), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        server.start("127.0.0.1", 0);
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address()).build(), HttpResponse.BodyHandlers.ofString());
        server.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !kilnThreads().isEmpty()) Thread.sleep(50);
        assertEquals("", kilnThreads(), "no stray threads");
    }

    private static String kilnThreads() {
        StringBuilder names = new StringBuilder();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && (t.getName().startsWith("kiln-") || t.getName().startsWith("HTTP-Dispatcher"))) names.append(t.getName()).append(' ');
        }
        return names.toString().strip();
    }
}
