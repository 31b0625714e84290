package dev.kiln.serve;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiln serve in a folder that has no templates/ yet: the author adds one override, and the served site takes it. */
class ThemeFolderServeTest {
    @TempDir
    Path dir;

    @Test
    void aThemeFolderCreatedWhileServingIsWatched() throws Exception {
        Path site = dir.resolve("site");
        write(site, "content/index.md", "---\ntitle: Home\n---\n\nHello.\n");
        write(site, "site.yaml", "title: Served\n");
        StringWriter log = new StringWriter();
        try (DevServer server = new DevServer(ServeTest.options(site), new PrintWriter(log, true), new PrintWriter(log, true))) {
            server.start("127.0.0.1", 0);
            long first = server.generation();
            Files.createDirectories(site.resolve("templates/assets"));
            Files.writeString(site.resolve("templates/assets/kiln.css"), "body { color: rebeccapurple; }\n");
            // the folder and the file may arrive as one rebuild or two: wait for builds until one serves the override
            String css = "";
            for (long seen = first; !css.contains("rebeccapurple"); ) {
                long next = server.awaitNewerThan(seen, java.time.Duration.ofSeconds(20));
                if (next == seen) break; // no further rebuild: the assertion below names what was served
                seen = next;
                byte[] served = server.site().get("assets/kiln.css");
                css = served == null ? "" : new String(served, StandardCharsets.UTF_8);
            }
            assertTrue(css.contains("rebeccapurple"), "the override is served: " + log);
        }
    }
}
