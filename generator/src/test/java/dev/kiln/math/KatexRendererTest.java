package dev.kiln.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cache.DiskCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KatexRendererTest {
    static KatexRenderer katex;

    @BeforeAll
    static void start() {
        katex = new KatexRenderer(new DiskCache(null), Map.of("\\R", "\\mathbb{R}"));
    }

    @AfterAll
    static void stop() {
        katex.close();
    }

    static Stream<String> corpus() throws IOException {
        try (InputStream in = KatexRendererTest.class.getResourceAsStream("/formulas/corpus.tex")) {
            String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            List<String> formulas = Arrays.stream(text.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("%")).toList();
            assertTrue(formulas.size() >= 60, "a corpus of at least 60 formulas: " + formulas.size());
            return formulas.stream();
        }
    }

    /** Each formula becomes KaTeX HTML with MathML inside, and none of its TeX is left visible. */
    @ParameterizedTest
    @MethodSource("corpus")
    void hardFormulasRenderWithMathMlAndNoVisibleTex(String tex) {
        KatexRenderer.Result result = katex.render(tex, true);
        assertTrue(result.ok(), () -> tex + " → " + result.error());
        assertRendered(result.html(), tex);
    }

    static void assertRendered(String html, String tex) {
        Element root = Jsoup.parseBodyFragment(html).body();
        assertNotNull(root.selectFirst(".katex"), tex);
        Element annotation = root.selectFirst(".katex-mathml math annotation[encoding=application/x-tex]");
        assertNotNull(annotation, "MathML with the TeX for screen readers: " + tex);
        assertEquals(tex, annotation.wholeText());
        String visible = root.select(".katex-html").text();
        assertFalse(visible.isEmpty(), tex);
        assertFalse(visible.contains("\\"), "no TeX command is left visible: " + visible);
    }

    @Test
    void inlineAndDisplayDiffer() {
        String inline = katex.render("x^2", false).html();
        String display = katex.render("x^2", true).html();
        assertFalse(inline.contains("katex-display"));
        assertTrue(display.contains("katex-display"));
    }

    @Test
    void aFormulaPastItsTimeBudgetIsAnErrorNotAStuckBuild() {
        try (KatexRenderer hurried = new KatexRenderer(new DiskCache(null), Map.of(), java.time.Duration.ofMillis(1))) {
            KatexRenderer.Result slow = hurried.render("x+".repeat(4000) + "x", true);
            assertFalse(slow.ok());
            assertEquals("the formula took longer than 1 ms to render (Kiln's limit); simplify or split it", slow.error());
        }
    }

    @Test
    void untrustedCommandsAndDeepNestingAreErrorsNotRedText() {
        KatexRenderer.Result href = katex.render("a + \\href{javascript:alert(1)}{x}", false);
        assertEquals("\\href is not allowed in formulas: it could run script or load files in the reader's browser", href.error());
        assertEquals(4, href.position());
        try (KatexRenderer patient = new KatexRenderer(new DiskCache(null), Map.of(), java.time.Duration.ofMinutes(5))) {
            // a budget no loaded machine reaches, so this sees KaTeX's own failure, not the clock
            KatexRenderer.Result deep = patient.render("\\frac{1}{".repeat(600) + "x" + "}".repeat(600), true);
            assertTrue(deep.error().startsWith("the formula is nested too deeply"), deep.error());
        }
        assertTrue(katex.render("x".repeat(10_001), true).error().contains("at most 10000"));
    }

    @Test
    void parseErrorsCarryKatexMessageAndPosition() {
        KatexRenderer.Result unclosed = katex.render("\\frac{1}{", false);
        assertNull(unclosed.html());
        assertTrue(unclosed.error().contains("Unexpected end of input"), unclosed.error());
        assertEquals(9, unclosed.position());
        KatexRenderer.Result unknown = katex.render("a + \\unknowncommand", false);
        assertTrue(unknown.error().contains("Undefined control sequence: \\unknowncommand"), unknown.error());
        assertEquals(4, unknown.position());
    }

    @Test
    void resultsAreCachedOnDiskAcrossRenderers(@TempDir Path dir) {
        try (KatexRenderer first = new KatexRenderer(new DiskCache(dir), Map.of())) {
            first.render("\\sqrt{2}", false);
            assertEquals(1, first.renderedCount());
        }
        try (KatexRenderer second = new KatexRenderer(new DiskCache(dir), Map.of())) {
            assertTrue(second.render("\\sqrt{2}", false).ok());
            assertEquals(0, second.renderedCount(), "served from the cache");
            second.render("\\sqrt{2}", true);
            assertEquals(1, second.renderedCount(), "display mode is part of the key");
        }
        try (KatexRenderer macros = new KatexRenderer(new DiskCache(dir), Map.of("\\two", "2"))) {
            macros.render("\\sqrt{2}", false);
            assertEquals(1, macros.renderedCount(), "macros are part of the key");
        }
    }
}
