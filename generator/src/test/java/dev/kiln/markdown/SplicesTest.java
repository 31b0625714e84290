package dev.kiln.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SplicesTest {
    @Test
    void tokensAreReplacedByTheirFragmentsAndStrayMarkersSurvive() {
        Splices splices = new Splices();
        String a = splices.token("<span>α</span>");
        String b = splices.token("<b>β</b>");
        String stray = "x" + Splices.OPEN + "7" + Splices.CLOSE + "y" + Splices.OPEN + "z";
        assertEquals("<p><b>β</b> and <span>α</span> " + stray + "</p>", splices.apply("<p>" + b + " and " + a + " " + stray + "</p>"));
    }

    @Test
    void aRenderWithFormulasComesOutWhole() {
        MarkdownEngine engine = new MarkdownEngine();
        String out = engine.render(engine.parse("a $x$ b\n\n$$\ny\n$$\n\n```python\nz\n```\n"), RenderScope.PLAIN);
        assertEquals(-1, out.indexOf(Splices.OPEN), out);
        assertEquals(true, out.contains("<span class=\"math math-inline\">$x$</span>") && out.contains("$$\ny\n$$</div>"), out);
    }
}
