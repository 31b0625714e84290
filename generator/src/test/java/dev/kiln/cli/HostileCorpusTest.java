package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.HtmlChecker;
import dev.kiln.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile content folders ({@code src/test/resources/hostile/*}), each built by
 * {@code kiln build} in a child JVM with 512 MB of heap, as an author would run it. Each folder's
 * {@code expect.properties} gives the exit code, a phrase the message must contain and where it
 * must point. Every case must end within its time bound, print no stack trace, never exit 3 (that
 * is for Kiln's own bugs), and leave the previous site byte for byte as it was when it fails; a
 * case that builds must give pages the HTML checker passes.
 */
class HostileCorpusTest {
    private static final Path CORPUS = TestSites.projectRoot().resolve("generator/src/test/resources/hostile");
    private static final long SECONDS = 60;
    private static final ExecutorService CHILDREN = Executors.newFixedThreadPool(2);

    @TempDir
    static Path tmp;

    /** What a child build did. */
    record Run(int exit, String output, long millis, Path out, Map<String, byte[]> before, Map<String, byte[]> after) {}

    @TestFactory
    Stream<DynamicTest> everyCaseIsRefusedOrBuiltCleanly() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CORPUS)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 60, "the corpus has " + cases.size() + " cases");
        List<Future<Run>> runs = new ArrayList<>();
        for (Path c : cases) runs.add(CHILDREN.submit(() -> run(c)));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            Future<Run> run = runs.get(i);
            tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c, run.get())));
        }
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        CHILDREN.shutdownNow();
    }

    private static void check(Path c, Run run) throws IOException {
        Properties expect = new Properties();
        try (InputStream in = Files.newInputStream(c.resolve("expect.properties"))) {
            expect.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String out = run.output();
        assertTrue(run.millis() < SECONDS * 1000, "ended within " + SECONDS + " s, took " + run.millis() + " ms");
        assertEquals(Integer.parseInt(expect.getProperty("exit")), run.exit(), "exit code; output:\n" + out);
        assertNotEquals(3, run.exit(), "exit 3 is for Kiln's own bugs");
        assertFalse(out.contains("\tat ") || out.contains("Exception") || out.contains("Error:"), "no stack trace or raw exception:\n" + out);
        String message = expect.getProperty("message", "");
        assertTrue(out.contains(message), "says `" + message + "`:\n" + out);
        String where = expect.getProperty("where", "");
        if (!where.isEmpty()) assertTrue(out.contains(where), "points at `" + where + "`:\n" + out);
        if (run.exit() != 0) {
            assertEquals(names(run.before()), names(run.after()), "the previous site keeps its files");
            for (String f : run.before().keySet()) assertTrue(Arrays.equals(run.before().get(f), run.after().get(f)), f + " is unchanged");
        } else {
            List<String> errors = HtmlChecker.siteErrors(run.out());
            assertTrue(errors.isEmpty(), "valid HTML:\n" + String.join("\n", errors.stream().limit(20).toList()));
        }
    }

    /** Builds a good site into the output first, then the case's content over it, in a child JVM. */
    private static Run run(Path c) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(c.getFileName().toString()));
        Path content = dir.resolve("content");
        // git keeps no empty folder: a case whose content/ is empty arrives without one
        if (Files.isDirectory(c.resolve("content"))) TestSites.copyTree(c.resolve("content"), content);
        Files.createDirectories(content);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.projectRoot().resolve("templates"), templates);
        if (Files.isDirectory(c.resolve("templates"))) {
            try (Stream<Path> walk = Files.walk(c.resolve("templates"))) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, templates.resolve(c.resolve("templates").relativize(f).toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> config = new ArrayList<>();
        if (Files.exists(c.resolve("site.yaml"))) {
            Files.copy(c.resolve("site.yaml"), dir.resolve("site.yaml"));
            config = List.of("--config", dir.resolve("site.yaml").toString());
        }
        Path out = dir.resolve("site");
        Path good = Files.createDirectories(dir.resolve("good"));
        TestSites.write(good, "index.md", "# The published site\n\nIt must survive a failed build.\n");
        int first = child(dir, List.of("--content", good.toString(), "--templates", TestSites.projectRoot().resolve("templates").toString(),
                "--cache", dir.resolve("cache").toString(), "--out", out.toString())).exit();
        assertEquals(0, first, "the good site builds");
        Map<String, byte[]> before = snapshot(out);
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--content", content.toString(), "--templates", templates.toString(),
                "--cache", dir.resolve("cache").toString(), "--out", out.toString()));
        args.addAll(config);
        Run run = child(dir, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(run.exit(), run.output(), millis, out, before, snapshot(out));
    }

    private static Run child(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dorg.freemarker.loggerLibrary=none", "-cp", System.getProperty("java.class.path"),
                "dev.kiln.cli.Kiln", "build"));
        command.addAll(args);
        Path log = Files.createTempFile(dir, "child", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(-1, "timed out after " + SECONDS + " s\n" + Files.readString(log), SECONDS * 1000, null, null, null);
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), 0, null, null, null);
    }

    private static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> names(Map<String, byte[]> files) {
        return List.copyOf(files.keySet());
    }
}
