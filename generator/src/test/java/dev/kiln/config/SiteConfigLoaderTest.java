package dev.kiln.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void missingFileMeansDefaults() {
        assertEquals(SiteConfig.defaults(), SiteConfigLoader.load(dir.resolve("site.yaml")));
    }

    @Test
    void readsSettingsAndNormalisesBaseUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("site.yaml"), "title: T\nbase-url: https://example.org/docs\nparams:\n  repo: r\n");
        SiteConfig config = SiteConfigLoader.load(file);
        assertEquals("T", config.title());
        assertEquals("https://example.org/docs/", config.baseUrl());
        assertEquals("r", config.params().get("repo"));
    }

    @Test
    void typosAndBadUrlsAreReportedTogetherAtTheirLines() throws IOException {
        Path file = Files.writeString(dir.resolve("site.yaml"), "title: T\nbase_url: x\nbase-url: /relative\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteConfigLoader.load(file));
        assertEquals(2, e.problems().size());
        assertEquals(file + ":2:1", e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("unknown setting `base_url`"));
        assertEquals(file + ":3:1", e.problems().get(1).location());
    }
}
