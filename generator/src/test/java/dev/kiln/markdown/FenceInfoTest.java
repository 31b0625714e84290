package dev.kiln.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Info strings as authors write them, Kiln's own and MkDocs Material's forms alike. */
class FenceInfoTest {
    @Test
    void kilnsOwnForms() {
        FenceInfo plain = FenceInfo.parse("{linenos}");
        assertEquals("", plain.language());
        assertTrue(plain.numbered(false));
        FenceInfo glued = FenceInfo.parse("python{linenos}");
        assertEquals("python", glued.language());
        assertTrue(glued.numbered(false));
        assertFalse(FenceInfo.parse("python {nolinenos}").numbered(true));
        assertTrue(FenceInfo.parse("python linenos").numbered(false), "the bare word counts too");
        assertEquals(List.of(), FenceInfo.parse("Python {linenos}").unsupported());
        assertEquals("python", FenceInfo.parse("Python").language());
    }

    @Test
    void materialsForms() {
        FenceInfo braces = FenceInfo.parse("{ .py title=\"a b.py\" hl_lines=\"1 3-4\" }");
        assertEquals("py", braces.language());
        assertEquals("a b.py", braces.title());
        assertTrue(braces.isMarked(1) && !braces.isMarked(2) && braces.isMarked(3) && braces.isMarked(4) && !braces.isMarked(5));
        assertEquals("{{cookiecutter.slug}}/app.py", FenceInfo.parse("py title=\"{{cookiecutter.slug}}/app.py\"").title(),
                "braces inside quotes stay");
        assertEquals("my file.py", FenceInfo.parse("py title='my file.py'").title(), "single quotes work too");
        assertEquals(10, FenceInfo.parse("py linenums=\"10\"").firstLine());
    }

    @Test
    void whatIsNotUnderstoodIsNamed() {
        FenceInfo unknown = FenceInfo.parse("js anchor_linenums=\"true\" extra");
        assertEquals(List.of("option `anchor_linenums`", "option `extra`"), unknown.unsupported());
        assertEquals("anchor_linenums=\"true\"", unknown.firstBad());
        FenceInfo open = FenceInfo.parse("py title=\"my file.py");
        assertEquals(List.of("a quote that is never closed"), open.unsupported());
        FenceInfo bad = FenceInfo.parse("py hl_lines=\"0 2 5-3 x 7\"");
        assertTrue(bad.isMarked(2) && bad.isMarked(7), "the good parts are kept");
        assertEquals(List.of("hl_lines part `0`", "hl_lines part `5-3`", "hl_lines part `x`"), bad.unsupported());
        assertTrue(FenceInfo.parse("py hl_lines=\"1-1000000\"").isMarked(999_999), "a big range is a range, not a million numbers");
    }

    @Test
    void aDemoIsOnlyADemo() {
        assertEquals("democracy", FenceInfo.parse("democracy").language());
        assertEquals("demo", FenceInfo.parse("{ .demo }").language());
    }
}
