package dev.kiln.write;

import dev.kiln.config.SiteConfig;
import dev.kiln.site.Page;
import java.util.List;

/** The files every site has besides its pages: {@code sitemap.xml} and {@code robots.txt}. */
public final class SiteFiles {
    private SiteFiles() {}

    /**
     * A sitemap of the given pages. Locations are absolute when base-url is set, as the sitemap
     * protocol asks; without it they are relative to the site root, which crawlers resolve
     * against the sitemap's own URL.
     */
    public static String sitemap(SiteConfig config, List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : pages) {
            String loc = config.baseUrl() + (page.url().equals("index.html") ? "" : page.url());
            xml.append("  <url><loc>").append(escapeXml(loc.isEmpty() ? "./" : loc)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(SiteConfig config) {
        String sitemap = config.hasBaseUrl() ? "Sitemap: " + config.baseUrl() + "sitemap.xml\n" : "";
        return "User-agent: *\nAllow: /\n" + sitemap;
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
