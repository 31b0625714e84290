package dev.kiln.site;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of the site navigation: a page, or a folder of pages.
 *
 * @param title    what the entry says
 * @param url      the page's URL relative to the site root, or {@code ""} for a folder without an index page
 * @param children the folder's pages and sub-folders, in order
 * @param urls     this entry's URL and every URL below it; precomputed because every page asks
 *                 every entry of its navigation whether it holds the page
 */
public record NavItem(String title, String url, List<NavItem> children, Set<String> urls) {

    public NavItem(String title, String url, List<NavItem> children) {
        this(title, url, children, collect(url, children));
    }

    private static Set<String> collect(String url, List<NavItem> children) {
        if (children.isEmpty()) return Set.of(url);
        Set<String> all = new HashSet<>();
        all.add(url);
        for (NavItem child : children) all.addAll(child.urls());
        return Set.copyOf(all);
    }

    /** True when {@code pageUrl} is this entry or lies below it, so templates can open the branch. */
    public boolean contains(String pageUrl) {
        return urls.contains(pageUrl);
    }
}
