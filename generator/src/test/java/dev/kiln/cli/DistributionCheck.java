package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download, used as a new user would: unzip it anywhere, {@code bin/kiln new mysite}, then
 * {@code cd mysite && ../bin/kiln build} and {@code serve}. Runs in Maven's package phase, after
 * the zip is made (it is not a unit test: its name keeps it out of the test phase).
 */
class DistributionCheck {
    @TempDir
    Path dir;

    private static Path zip() throws Exception {
        Path target = TestSites.projectRoot().resolve("generator/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("kiln-.*-dist\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no kiln-*-dist.zip in " + target));
        }
    }

    /** Unzips as unzip(1) does, execute bits included (Java's zip API does not restore them). */
    private Path unzip(Path zip) throws Exception {
        Path home = null;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path to = dir.resolve(e.getName()).normalize();
                assertTrue(to.startsWith(dir), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (var in = z.getInputStream(e)) {
                    Files.copy(in, to);
                }
                if (e.getName().endsWith("bin/kiln")) {
                    Files.setPosixFilePermissions(to, java.util.EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE));
                    home = to.getParent().getParent();
                }
            }
        }
        return home;
    }

    private static ProcessBuilder kiln(Path home, Path cwd, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("sh", home.resolve("bin/kiln").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }

    private static String run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void unzipNewBuildAndServe() throws Exception {
        Path zip = zip();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(ZipEntry::getName).map(n -> n.replaceFirst("^[^/]+/", "")).toList();
            for (String expected : List.of("bin/kiln", "bin/kiln.cmd", "lib/kiln.jar", "README.md", "LICENSE")) {
                assertTrue(names.contains(expected), expected + " in " + names);
            }
        }
        Path home = unzip(zip);
        String created = run(kiln(home, dir, "new", "mysite"));
        assertTrue(created.contains("cd mysite && kiln serve"), created);
        Path site = dir.resolve("mysite");
        String built = run(kiln(home, site, "build"));
        assertTrue(built.contains("Built 2 pages"), built);
        assertTrue(Files.readString(site.resolve("site/guide.html")).contains("data-demo"));

        Process serve = kiln(home, site, "serve", "--port", "0").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern at = Pattern.compile("at (http://\\S+/)");
            String line;
            URI address = null;
            while (address == null && (line = out.readLine()) != null) {
                Matcher m = at.matcher(line);
                if (m.find()) address = URI.create(m.group(1));
            }
            assertTrue(address != null, "serve printed its address");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("guide.html"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("What a page can hold"), page.body());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
