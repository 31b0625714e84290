package dev.kiln.cite;

import com.vladsch.flexmark.util.sequence.Escaping;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Formats one document's citations and its references list with citeproc-java, a CSL processor:
 * a page on its own, or the full report as a whole (numeric styles number by first citation, so
 * the two may differ). Citations must name keys the bibliography has; the caller checks.
 */
public final class CiteProc {
    /** Each citation's text, in order, and the references list as HTML ({@code csl-bib-body}). */
    public record Rendered(List<String> texts, String bibliography) {}

    private CiteProc() {}

    /** @param nocite keys listed though not cited (front matter {@code nocite}); {@code *} is every entry */
    public static Rendered render(BibFile bib, String style, String language, List<Citation> citations, Collection<String> nocite) {
        String xml = Styles.style(style);
        String tag = Styles.localeTag(language);
        CSLItemData[] items = bib.items().values().toArray(new CSLItemData[0]);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), lang -> Styles.locale(tag), null, xml, tag);
            csl.setOutputFormat("html");
            Set<String> keys = new LinkedHashSet<>();
            for (Citation c : citations) for (Citation.Item i : c.items()) keys.add(i.key());
            for (String key : nocite) {
                if (key.equals("*")) keys.addAll(bib.items().keySet());
                else keys.add(key);
            }
            if (keys.isEmpty()) return new Rendered(List.of(), "");
            csl.registerCitationItems(keys);
            boolean numeric = xml.contains("citation-format=\"numeric\"");
            List<String> made = new ArrayList<>(); // by citeproc's own index: a later citation may change an earlier one
            for (Citation c : citations) cite(csl, made, c);
            // citeproc-java 3.1 ignores CSL's author-only and suppress-author, so both are made from the full citation
            CSL names = numeric && citations.stream().anyMatch(Citation::narrative)
                    ? new CSL(new ListItemDataProvider(items), lang -> Styles.locale(tag), null, Styles.style("apa"), tag) : null;
            List<String> texts = new ArrayList<>(citations.size());
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                String text = made.get(i);
                CSLItemData first = bib.items().get(c.items().get(0).key());
                if (c.narrative()) text = numeric ? authors(names, c) + " " + text : AuthorDate.narrative(text, first);
                else if (!numeric && c.items().size() == 1 && c.items().get(0).suppressAuthor()) text = AuthorDate.withoutAuthor(text, first, c.items().get(0).prefix());
                texts.add(text);
            }
            return new Rendered(List.copyOf(texts), html(csl.makeBibliography(), csl.getRegisteredItems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The references list, each entry with the id citations link to ({@code ref-KEY}). */
    private static String html(Bibliography list, Collection<CSLItemData> registered) {
        StringBuilder out = new StringBuilder("<div class=\"csl-bib-body\">\n");
        String[] entries = list.getEntries();
        // citeproc-java 3.1 gives no entry ids; its entries come in the order of its sorted items
        String[] ids = registered.size() == entries.length ? registered.stream().map(CSLItemData::getId).toArray(String[]::new) : null;
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (ids != null && i < ids.length) entry = entry.replaceFirst("^<div class=\"csl-entry\"", "<div class=\"csl-entry\" id=\"" + anchor(ids[i]) + "\"");
            out.append("  ").append(entry).append('\n');
        }
        return out.append("</div>").toString();
    }

    /** The id of a key's entry in a references list. */
    public static String anchor(String key) {
        return "ref-" + Escaping.escapeHtml(key, false);
    }

    /** Makes one citation and keeps every text citeproc returns for it and for earlier ones it revised. */
    private static void cite(CSL csl, List<String> made, Citation c) {
        CSLCitationItem[] items = new CSLCitationItem[c.items().size()];
        for (int i = 0; i < items.length; i++) {
            Citation.Item item = c.items().get(i);
            CSLCitationItemBuilder b = new CSLCitationItemBuilder(item.key());
            if (!item.prefix().isEmpty()) b.prefix(item.prefix() + " ");
            if (!item.suffix().isEmpty()) b.suffix(", " + item.suffix());
            if (!item.locator().isEmpty()) {
                b.locator(item.locator());
                if (!item.label().isEmpty()) b.label(CSLLabel.fromString(item.label()));
            }
            items[i] = b.build();
        }
        made.add("");
        for (de.undercouch.citeproc.output.Citation out : csl.makeCitation(new CSLCitation(items))) {
            while (made.size() <= out.getIndex()) made.add("");
            made.set(out.getIndex(), out.getText());
        }
    }

    /** For a numeric style's narrative citation, the authors as an author-date style names them in text: "Vaswani et al.". */
    private static String authors(CSL names, Citation c) {
        List<String> none = new ArrayList<>();
        cite(names, none, new Citation(List.of(new Citation.Item(c.items().get(0).key(), "", "", "", "", false)), false));
        String text = none.get(none.size() - 1);
        String author = AuthorDate.author(text, null);
        return author.isEmpty() ? text : author;
    }

    /** The CSL label for a locator's word: {@code p.}/{@code pp.} page, {@code chap.} chapter, {@code sec.} section… */
    public static String label(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "p", "pp", "page", "pages" -> "page";
            case "chap", "chaps", "chapter", "chapters", "ch" -> "chapter";
            case "sec", "secs", "section", "sections", "§" -> "section";
            case "fig", "figs", "figure", "figures" -> "figure";
            case "vol", "vols", "volume", "volumes" -> "volume";
            case "no", "nos", "number" -> "issue";
            case "para", "paras", "paragraph", "¶" -> "paragraph";
            case "l", "ll", "line", "lines" -> "line";
            case "n", "nn", "note", "notes" -> "note";
            default -> "";
        };
    }
}
