package dev.kiln.site;

import java.util.List;

/**
 * One entry of the site navigation: a page, or a folder of pages.
 *
 * @param title    what the entry says
 * @param url      the page's URL relative to the site root, or {@code ""} for a folder without an index page
 * @param children the folder's pages and sub-folders, in order
 */
public record NavItem(String title, String url, List<NavItem> children) {

    /** True when {@code pageUrl} is this entry or lies below it, so templates can open the branch. */
    public boolean contains(String pageUrl) {
        if (url.equals(pageUrl)) return true;
        for (NavItem child : children) if (child.contains(pageUrl)) return true;
        return false;
    }
}
