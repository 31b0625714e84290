package dev.kiln.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site as a reader moves through it: the navigation tree (folders become sections), the
 * reading order behind prev/next links, and breadcrumbs. Order is by {@code weight}, then by
 * file name; a folder takes the weight of its {@code index.md}.
 */
public final class SiteModel {
    private final List<Page> pages;
    private final Page home;
    private final Page report;
    private final List<NavItem> nav;
    private final List<Page> readingOrder = new ArrayList<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<NavItem>> trails = new HashMap<>();

    public SiteModel(List<Page> pages) {
        this.pages = List.copyOf(pages);
        this.home = pages.stream().filter(p -> p.info().isHome()).findFirst().orElse(null);
        this.report = pages.stream().filter(p -> p.info().layout().equals("report")).findFirst().orElse(null);
        Folder root = new Folder("", "");
        for (Page page : pages) {
            if (page == home || !page.info().inReadingOrder()) continue;
            root.place(page, page.info().source().relativePath());
        }
        if (home != null) readingOrder.add(home);
        this.nav = root.items(readingOrder, trails, List.of());
        for (int i = 0; i < readingOrder.size(); i++) position.put(readingOrder.get(i).url(), i);
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> home() {
        return Optional.ofNullable(home);
    }

    public Optional<Page> report() {
        return Optional.ofNullable(report);
    }

    public List<NavItem> nav() {
        return nav;
    }

    /** Home first, then every navigable page depth-first, as a reader paging through would go. */
    public List<Page> readingOrder() {
        return readingOrder;
    }

    public Optional<Page> previous(Page page) {
        Integer i = position.get(page.url());
        return i == null || i == 0 ? Optional.empty() : Optional.of(readingOrder.get(i - 1));
    }

    public Optional<Page> next(Page page) {
        Integer i = position.get(page.url());
        return i == null || i + 1 >= readingOrder.size() ? Optional.empty() : Optional.of(readingOrder.get(i + 1));
    }

    /** The folders above {@code page}, outermost first (home not included). */
    public List<NavItem> ancestors(Page page) {
        return trails.getOrDefault(page.url(), List.of());
    }

    private static final class Folder {
        final String name;
        final String path;
        Page index;
        final Map<String, Folder> folders = new LinkedHashMap<>();
        final List<Page> pages = new ArrayList<>();

        Folder(String name, String path) {
            this.name = name;
            this.path = path;
        }

        void place(Page page, String rest) {
            int slash = rest.indexOf('/');
            if (slash < 0) {
                if (rest.equals("index.md") || rest.equals("_index.md")) index = page; else pages.add(page);
                return;
            }
            String child = rest.substring(0, slash);
            folders.computeIfAbsent(child, c -> new Folder(c, path + c + "/")).place(page, rest.substring(slash + 1));
        }

        double weight() {
            return index == null ? 0 : index.info().source().frontMatter().weight();
        }

        String title() {
            return index == null ? name : index.title();
        }

        /** Builds nav items in order, appending pages to the reading order and recording trails. */
        List<NavItem> items(List<Page> order, Map<String, List<NavItem>> trails, List<NavItem> trail) {
            record Entry(double weight, String name, Object node) {}
            List<Entry> entries = new ArrayList<>();
            for (Page p : pages) {
                String file = p.info().source().relativePath();
                entries.add(new Entry(p.info().source().frontMatter().weight(), file.substring(file.lastIndexOf('/') + 1), p));
            }
            for (Folder f : folders.values()) entries.add(new Entry(f.weight(), f.name, f));
            entries.sort(Comparator.comparingDouble(Entry::weight).thenComparing(Entry::name));
            List<NavItem> items = new ArrayList<>();
            for (Entry e : entries) {
                if (e.node() instanceof Page p) {
                    order.add(p);
                    trails.put(p.url(), trail);
                    items.add(new NavItem(p.title(), p.url(), List.of()));
                } else {
                    Folder f = (Folder) e.node();
                    String url = f.index == null ? "" : f.index.url();
                    NavItem placeholder = new NavItem(f.title(), url, List.of());
                    List<NavItem> inner = new ArrayList<>(trail);
                    inner.add(placeholder);
                    if (f.index != null) {
                        order.add(f.index);
                        trails.put(url, trail);
                    }
                    items.add(new NavItem(f.title(), url, f.items(order, trails, List.copyOf(inner))));
                }
            }
            return List.copyOf(items);
        }
    }
}
