package dev.kiln.xref;

import dev.kiln.cite.Bibliography;
import dev.kiln.i18n.UiStrings;
import dev.kiln.problem.Nearest;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.render.CompiledPage;
import dev.kiln.site.Page;
import dev.kiln.site.PageInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The numbering step, after every page is compiled: numbers each page's formulas, figures and
 * tables in reading order (1, 2, 3 … across the site, or 4.1, 4.2 … within the fourth section;
 * each kind has its own count), checks every label is defined once and every reference names
 * one, and fills the placeholders in the page's body and in its part of the full report. A page
 * with nothing numbered is left as it was.
 */
public final class Numbering {
    /** Told of each numbered page: the page as compiled, as numbered, and a key for what was filled in. */
    public interface Resolved {
        void accept(Page compiled, Page filled, String fillKey);
    }

    /** The pages, those with numbers or references filled in, and the report's lists of figures and tables. */
    public record Result(List<CompiledPage> pages, Listings listings) {}

    /** Where a label's item is: the page, its number ("4.2"), and where the label was written. */
    private record Target(Page page, String number, PageRefs.Numbered at) {}

    private final Map<String, Target> targets = new HashMap<>();
    // pages by identity: a Page record hashes all it holds, its headings and anchors too
    private final Map<Page, String[]> numbers = new IdentityHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Listings.Item> figures = new ArrayList<>();
    private final List<Listings.Item> tables = new ArrayList<>();
    private final UiStrings ui;
    private final PageInfo reportPage;

    private Numbering(UiStrings ui, PageInfo reportPage) {
        this.ui = ui;
        this.reportPage = reportPage;
    }

    /**
     * @param pages        every compiled page
     * @param readingOrder the pages in reading order, home first; others are numbered after them
     * @param perSection   number as "4.2", the section's place in the reading order (home not counted) first
     */
    public static Result apply(List<CompiledPage> pages, Supplier<List<Page>> readingOrder, boolean perSection, UiStrings ui,
            Bibliography bibliography, Problems problems, Resolved resolved) {
        if (pages.stream().allMatch(p -> p.refs().isEmpty())) return new Result(pages, Listings.NONE); // most sites: not even the reading order
        PageInfo report = pages.stream().map(p -> p.page().info()).filter(i -> i.layout().equals("report")).findFirst().orElse(null);
        Numbering numbering = new Numbering(ui, report);
        Map<Page, PageRefs> refs = new IdentityHashMap<>();
        for (CompiledPage p : pages) refs.put(p.page(), p.refs());
        Set<Page> ordered = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Page> order = readingOrder.get();
        ordered.addAll(order);
        int section = 0;
        for (Page page : order) {
            boolean chapter = perSection && !page.info().isHome();
            if (chapter) section++;
            if (perSection) numbering.counts.clear();
            numbering.number(page, refs.getOrDefault(page, PageRefs.NONE), chapter ? section + "." : "", true, problems);
        }
        for (CompiledPage p : pages) {
            if (ordered.contains(p.page())) continue;
            // a page outside the reading order comes after it: a further section, or the count goes on
            if (perSection) numbering.counts.clear();
            numbering.number(p.page(), p.refs(), perSection ? ++section + "." : "", false, problems);
        }
        ReportCitations citations = new ReportCitations(bibliography, order, refs);
        List<CompiledPage> out = new ArrayList<>(pages.size());
        for (CompiledPage p : pages) {
            if (p.refs().isEmpty()) {
                out.add(p);
                continue;
            }
            Page page = p.page();
            FilledBody.Fill fill = numbering.fill(page, p.refs(), citations.cites(page, p.refs()), problems);
            Page filled = new Page(page.info(), page.title(), page.description(), page.headings(),
                    new FilledBody(page.body(), fill, ui.get("references")), page.anchors(), page.features(), page.notes());
            resolved.accept(page, filled, fill.key());
            out.add(new CompiledPage(filled, p.anchorLinks(), p.refs()));
        }
        return new Result(out, new Listings(List.copyOf(numbering.figures), List.copyOf(numbering.tables), citations::bibliography));
    }

    /** Numbers a page's items, each kind on its own count; {@code listed}: in the report, so in its lists. */
    private void number(Page page, PageRefs refs, String prefix, boolean listed, Problems problems) {
        String[] shown = new String[refs.numbered().size()];
        for (int i = 0; i < shown.length; i++) {
            PageRefs.Numbered n = refs.numbered().get(i);
            String kind = n.kind();
            String number = !n.tag().isEmpty() ? n.tag() : prefix + counts.merge(kind, 1, Integer::sum); // a \tag is not counted
            shown[i] = switch (kind) {
                case "fig" -> spaced(ui.format("figureNumber", "number", number));
                case "tbl" -> spaced(ui.format("tableNumber", "number", number));
                default -> "(" + number + ")";
            };
            if (n.label().isEmpty()) continue;
            Target earlier = targets.putIfAbsent(n.label(), new Target(page, number, n));
            if (earlier != null) {
                problems.add(Problem.at(file(page), n.line(), n.column(), "the label `" + n.label() + "` is already used, at "
                        + file(earlier.page()) + ":" + earlier.at().line() + ":" + earlier.at().column(),
                        "give each its own label; references go to the first one"));
            } else if (listed && !kind.equals("eq")) {
                Listings.Item item = new Listings.Item(ui.format(kind.equals("fig") ? "figureRef" : "tableRef", "number", number), n.caption(),
                        "#" + Page.reportHeadingId(page.info(), n.label()));
                (kind.equals("fig") ? figures : tables).add(item);
            }
        }
        numbers.put(page, shown);
    }

    /** What goes into the page's placeholders: its numbers, and each reference's text and links (unknown labels are reported). */
    private FilledBody.Fill fill(Page page, PageRefs refs, FilledBody.Cites cites, Problems problems) {
        int n = refs.refs().size();
        String[] texts = new String[n];
        String[] pageHrefs = new String[n];
        String[] reportHrefs = new String[n];
        for (int i = 0; i < n; i++) {
            PageRefs.Ref ref = refs.refs().get(i);
            Target target = targets.get(ref.label());
            if (target == null) {
                problems.add(Problem.at(file(page), ref.line(), ref.column(), "no " + noun(ref.label()) + " is labelled `" + ref.label() + "`",
                        unknownHint(ref.label())));
                texts[i] = "??";
                pageHrefs[i] = reportHrefs[i] = "#";
                continue;
            }
            texts[i] = text(target, ref.form());
            pageHrefs[i] = href(page, target, ref.label(), false);
            reportHrefs[i] = href(page, target, ref.label(), true);
        }
        return new FilledBody.Fill(numbers.get(page), texts, pageHrefs, reportHrefs, cites);
    }

    /** "Equation (3)", "(3)" or "3"; "Figure 2" or "2". */
    private String text(Target target, PageRefs.Form form) {
        String kind = target.at().kind();
        String number = target.number();
        String numbered = kind.equals("eq") ? "(" + number + ")" : number;
        return switch (form) {
            case BARE -> number;
            case NUMBER -> numbered;
            case WORD -> ui.format(kind.equals("fig") ? "figureRef" : kind.equals("tbl") ? "tableRef" : "equationRef", "number", numbered);
        };
    }

    /** A caption's number and the space before its text: "Figure 2: "; a full-width colon ("图 2：") brings its own. */
    private static String spaced(String number) {
        char last = number.isEmpty() ? ' ' : number.charAt(number.length() - 1);
        boolean fullWidth = (last >= '\u3000' && last <= '\u303F') || (last >= '\uFF00' && last <= '\uFFEF');
        return fullWidth || Character.isWhitespace(last) ? number : number + " ";
    }

    private static String noun(String label) {
        return label.startsWith("fig:") ? "figure" : label.startsWith("tbl:") ? "table" : "formula";
    }

    /** The nearest label when it is a likely typo (a few edits away), else the labels there are, else how to make one. */
    private String unknownHint(String label) {
        if (targets.isEmpty()) {
            return label.startsWith("fig:") ? "label an image alone in its paragraph: `![caption](file.png){#" + label + "}`"
                    : label.startsWith("tbl:") ? "label a table on its caption line: `Table: caption {#" + label + "}`"
                    : "label a display formula with `$$ {#" + label + "}` after its closing `$$`";
        }
        String near = Nearest.likely(label, targets.keySet());
        if (near != null) return "did you mean `" + near + "`?";
        List<String> all = targets.keySet().stream().sorted().toList();
        return "the labels there are: " + String.join(", ", all.subList(0, Math.min(8, all.size()))) + (all.size() > 8 ? ", …" : "");
    }

    /** From a page (or its part of the report) to an item: its anchor on the same page, the other page's, or the report's section. */
    private String href(Page from, Target to, String label, boolean inReport) {
        if (inReport && to.page().info().inReadingOrder()) return "#" + Page.reportHeadingId(to.page().info(), label);
        if (!inReport && to.page() == from) return "#" + label;
        PageInfo base = inReport && reportPage != null ? reportPage : from.info();
        return base.root() + to.page().url() + "#" + label;
    }

    private static Path file(Page page) {
        return page.info().source().displayPath();
    }
}
