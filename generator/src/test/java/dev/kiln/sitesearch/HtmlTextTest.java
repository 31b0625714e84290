package dev.kiln.sitesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    /** The text as read, with headings shown as [id: text]. */
    private static String read(String html) {
        StringBuilder out = new StringBuilder();
        List<String> ids = new ArrayList<>();
        HtmlText.read(html, new HtmlText.Sink() {
            @Override
            public void text(char[] chars, int from, int to) {
                out.append(chars, from, to - from);
            }

            @Override
            public void headingStart(String id) {
                ids.add(id);
                out.append("[").append(id).append(": ");
            }

            @Override
            public void headingEnd() {
                out.append("]");
            }
        });
        return PageSections.squash(out);
    }

    @Test
    void readsTextAndHeadingsAndDecodesEntities() {
        assertEquals("[a-b: Title] x < y & z ’ é", read("<h2 id=\"a-b\">Title<a class=\"anchor\" href=\"#a-b\" aria-hidden=\"true\">#</a></h2><p>x &lt; y &amp; z &#x2019; &#233;</p>"));
    }

    /** A formula as KaTeX writes it: MathML with the TeX as its annotation, then glyph boxes hidden from readers. */
    private static String katex(String tex, String glyphs) {
        return "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mrow><mi>x</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">" + tex + "</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\">" + glyphs + "</span></span></span>";
    }

    @Test
    void aFormulaIsItsTexSource() {
        assertEquals("a x \\odot y b", read("<p>a " + katex("x \\odot y", "<span>x</span><span>⊙</span>") + " b</p>"));
    }

    @Test
    void drawingsScriptsAndControlsAreNotText() {
        assertEquals("before after", read("<p>before</p><svg viewBox=\"0 0 1 1\"><svg><text>inner</text></svg><text>label</text><polyline points=\"1,2 3,4\"/></svg>"
                + "<script>var x = '<p>';</script><button>Train</button><div data-search=\"skip\"><div>nested</div></div><p>after</p>"));
    }

    @Test
    void aTagEndsAtTheFirstBracketOutsideQuotes() {
        assertEquals("text", read("<p title=\"a > b\">text</p>"));
    }

    @Test
    void tagsInAnyCaseAndRawTextEndAtTheirClosingTag() {
        assertEquals("Upper tail", read("<P>Upper</P><SCRIPT>if (a < b) x = '<div>';</SCRIPT><p>tail</p>"));
    }

    @Test
    void aFormulaInAHeadingIsPartOfTheHeading() {
        assertEquals("[loss: The loss \\mathcal{L} here] body", read("<h2 id=\"loss\">The loss " + katex("\\mathcal{L}", "<span>L</span>") + " here</h2><p>body</p>"));
    }
}
