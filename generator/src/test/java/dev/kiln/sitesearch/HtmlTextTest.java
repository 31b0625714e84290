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
            public void text(CharSequence text) {
                out.append(text);
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

    @Test
    void aFormulaIsItsTexSource() {
        String katex = "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mrow><mi>x</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">x \\odot y</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span>x</span><span>⊙</span></span></span></span>";
        assertEquals("a x \\odot y b", read("<p>a " + katex + " b</p>"));
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
}
