package dev.kiln.xref;

import dev.kiln.i18n.UiStrings;
import dev.kiln.problem.Nearest;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.render.CompiledPage;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The numbering step, after every page is compiled: numbers each page's numbered formulas in
 * reading order (1, 2, 3 … across the site, or 4.1, 4.2 … within the fourth section), checks
 * every label is defined once and every reference names one, and fills the placeholders in the
 * page's body and in its part of the full report. A page with nothing numbered is left as it was.
 */
public final class Numbering {
    /** Where a label's formula is: the page, its number ("4.2"), and where the label was written. */
    private record Target(Page page, String number, PageRefs.Numbered at) {}

    /** Told of each numbered page. */
    public interface Resolved {
        void accept(Page compiled, Page filled, String fillKey);
    }

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<Page, String[]> numbers = new HashMap<>();
    private final UiStrings ui;
    private final PageInfo reportPage;
    /** The count across the site, or within the section being numbered. */
    private int count;

    private Numbering(UiStrings ui, PageInfo reportPage) {
        this.ui = ui;
        this.reportPage = reportPage;
    }

    /**
     * @param pages        every compiled page
     * @param readingOrder the pages in reading order, home first; others are numbered on their own
     * @param perSection   number as "4.2", the section's place in the reading order (home not counted) first
     * @param resolved     told of each page whose body changed: the page as compiled, as numbered, and a key for what was filled in
     * @return the pages, those with numbers or references filled in
     */
    public static List<CompiledPage> apply(List<CompiledPage> pages, Supplier<List<Page>> readingOrder, boolean perSection, UiStrings ui,
            Problems problems, Resolved resolved) {
        if (pages.stream().allMatch(p -> p.refs().isEmpty())) return pages; // most sites: nothing to do, not even the reading order
        PageInfo report = pages.stream().map(p -> p.page().info()).filter(i -> i.layout().equals("report")).findFirst().orElse(null);
        Numbering numbering = new Numbering(ui, report);
        Map<Page, PageRefs> refs = new LinkedHashMap<>();
        for (CompiledPage p : pages) refs.put(p.page(), p.refs());
        Set<Page> ordered = new LinkedHashSet<>(readingOrder.get());
        int section = 0;
        for (Page page : ordered) {
            boolean chapter = perSection && !page.info().isHome();
            if (chapter) section++;
            if (perSection) numbering.count = 0;
            numbering.number(page, refs.getOrDefault(page, PageRefs.NONE), chapter ? section + "." : "", problems);
        }
        for (CompiledPage p : pages) {
            if (ordered.contains(p.page())) continue;
            if (perSection) numbering.count = 0; // a page outside the reading order is a section of its own, with no place to number it by
            numbering.number(p.page(), p.refs(), "", problems);
        }
        List<CompiledPage> out = new ArrayList<>(pages.size());
        for (CompiledPage p : pages) {
            if (p.refs().isEmpty()) {
                out.add(p);
                continue;
            }
            Page page = p.page();
            FilledBody.Fill fill = numbering.fill(page, p.refs(), problems);
            Page filled = new Page(page.info(), page.title(), page.description(), page.headings(), new FilledBody(page.body(), fill),
                    page.anchors(), page.features(), page.notes());
            resolved.accept(page, filled, fill.key());
            out.add(new CompiledPage(filled, p.anchorLinks(), p.refs()));
        }
        return out;
    }

    private void number(Page page, PageRefs refs, String prefix, Problems problems) {
        String[] assigned = new String[refs.numbered().size()];
        for (int i = 0; i < assigned.length; i++) {
            PageRefs.Numbered n = refs.numbered().get(i);
            assigned[i] = prefix + ++count;
            if (n.label().isEmpty()) continue;
            Target earlier = targets.putIfAbsent(n.label(), new Target(page, assigned[i], n));
            if (earlier != null) {
                problems.add(Problem.at(file(page), n.line(), n.column(), "the label `" + n.label() + "` is already used, at "
                        + file(earlier.page()) + ":" + earlier.at().line() + ":" + earlier.at().column(),
                        "give each formula a label of its own; references go to the first one"));
            }
        }
        numbers.put(page, assigned);
    }

    /** Each reference's number as its form reads it, and an error for each unknown label. */
    private String[] references(Page page, PageRefs refs, Problems problems) {
        String[] texts = new String[refs.refs().size()];
        for (int i = 0; i < texts.length; i++) {
            PageRefs.Ref ref = refs.refs().get(i);
            Target target = targets.get(ref.label());
            if (target == null) {
                problems.add(Problem.at(file(page), ref.line(), ref.column(), "no formula is labelled `" + ref.label() + "`", unknownHint(ref.label())));
                texts[i] = "??";
                continue;
            }
            texts[i] = switch (ref.form()) {
                case BARE -> target.number();
                case NUMBER -> "(" + target.number() + ")";
                case WORD -> ui.format("equationRef", "number", "(" + target.number() + ")");
            };
        }
        return texts;
    }

    /** The nearest label when it is a likely typo (a few edits away), else the labels there are, else how to make one. */
    private String unknownHint(String label) {
        if (targets.isEmpty()) return "label a display formula with `$$ {#" + label + "}` after its closing `$$`";
        String near = Nearest.of(label, targets.keySet());
        if (Nearest.distance(near, label) <= Math.max(2, label.length() / 4)) return "did you mean `" + near + "`?";
        List<String> all = targets.keySet().stream().sorted().toList();
        return "the labels there are: " + String.join(", ", all.subList(0, Math.min(8, all.size()))) + (all.size() > 8 ? ", …" : "");
    }

    /** What goes into the page's placeholders: its numbers, and each reference's text and links (unknown labels are reported). */
    private FilledBody.Fill fill(Page page, PageRefs refs, Problems problems) {
        String[] texts = references(page, refs, problems);
        String[] pageHrefs = new String[texts.length];
        String[] reportHrefs = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            String label = refs.refs().get(i).label();
            Target target = targets.get(label);
            pageHrefs[i] = target == null ? "#" : href(page, target, label, false);
            reportHrefs[i] = target == null ? "#" : href(page, target, label, true);
        }
        return new FilledBody.Fill(numbers.get(page), texts, pageHrefs, reportHrefs);
    }

    /** From a page (or its part of the report) to a formula: its anchor on the same page, the other page's, or the report's section. */
    private String href(Page from, Target to, String label, boolean inReport) {
        if (inReport && to.page().info().inReadingOrder()) return "#" + Page.reportHeadingId(to.page().info(), label);
        if (!inReport && to.page() == from) return "#" + label;
        PageInfo base = inReport && reportPage != null ? reportPage : from.info();
        return base.root() + to.page().url() + "#" + label;
    }

    private static java.nio.file.Path file(Page page) {
        return page.info().source().displayPath();
    }
}
