package dev.kiln.sitesearch;

import dev.kiln.search.index.Section;
import dev.kiln.site.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as search results: its top (title and the text before the first heading) and one
 * section per heading below the title, each from its heading to the next. Editor's notes,
 * admonitions, tables, code and formulas are text like any other.
 */
final class PageSections {
    private PageSections() {}

    static List<Section> of(Page page) {
        List<Section> sections = new ArrayList<>();
        StringBuilder heading = new StringBuilder();
        StringBuilder body = new StringBuilder();
        String[] id = {null};
        boolean[] inHeading = {false};
        HtmlText.read(page.bodyHtml(), new HtmlText.Sink() {
            @Override
            public void text(char[] chars, int from, int to) {
                (inHeading[0] ? heading : body).append(chars, from, to - from);
            }

            @Override
            public void headingStart(String headingId) {
                add(sections, page, id[0], heading, body);
                id[0] = headingId;
                inHeading[0] = true;
            }

            @Override
            public void headingEnd() {
                inHeading[0] = false;
            }
        });
        add(sections, page, id[0], heading, body);
        return sections;
    }

    private static void add(List<Section> sections, Page page, String id, StringBuilder heading, StringBuilder body) {
        String text = squash(body);
        if (id == null) {
            sections.add(new Section(page.url(), page.title(), page.title(), text, true));
        } else {
            sections.add(new Section(page.url() + "#" + id, page.title(), squash(heading), text, false));
        }
        heading.setLength(0);
        body.setLength(0);
    }

    /** Runs of white space as one space, none at the ends. */
    static String squash(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
