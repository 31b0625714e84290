package dev.kiln.pipeline;

import static dev.kiln.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds at once on one cache folder, as when {@code kiln serve} rebuilds while the author
 * runs {@code kiln build} in another terminal, each of a different state of the site: every
 * build succeeds and writes what a build with a cache of its own writes. Each prunes the pages
 * the other uses, so without taking turns one links a cache file the other has just deleted.
 */
class SharedCacheTest {
    @TempDir
    Path dir;

    @Test
    void buildsOfTwoStatesOfASiteSharingACacheEachWriteTheirOwnSite() throws Exception {
        Path before = site("before", "Notes");
        Path after = site("after", "Notes, revised"); // a title every page's navigation shows: every page differs
        Map<String, byte[]> expectBefore = files(build(before, dir.resolve("ref-before"), dir.resolve("ref-cache-before")));
        Map<String, byte[]> expectAfter = files(build(after, dir.resolve("ref-after"), dir.resolve("ref-cache-after")));

        Path shared = dir.resolve("shared-cache");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path site : List.of(before, after)) {
                Map<String, byte[]> expected = site == before ? expectBefore : expectAfter;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        Path out = dir.resolve(site.getFileName() + "-out-" + i);
                        assertSameFiles(expected, files(build(site, out, shared)));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) run.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private Path site(String name, String title) {
        Path site = TestSites.create(dir.resolve(name));
        write(site, "site.yaml", "title: Field notes\nlanguage: en\n");
        write(site, "content/index.md", "# Field notes\n\nSee [the guide](guide.md).\n");
        write(site, "content/guide.md", "# Guide\n\nEnergy is $E = mc^2$.\n\n## First steps\n\nSearchable words.\n");
        write(site, "content/notes.md", "---\ntitle: " + title + "\n---\n\nA plain page.\n");
        for (int i = 0; i < 8; i++) write(site, "content/more/page-" + i + ".md", "# Page " + i + "\n\nText " + i + ".\n");
        return site;
    }

    private static Path build(Path site, Path out, Path cache) {
        new SiteBuilder().build(new BuildOptions(site.resolve("content"), site.resolve("templates"), site.resolve("site.yaml"), out, null, false, false, cache));
        return out;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) all.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
        all.remove(".kiln-build"); // the build's own list, with modification times
        return all;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
