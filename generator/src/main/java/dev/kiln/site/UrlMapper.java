package dev.kiln.site;

/**
 * Maps content paths to output paths. {@code a/b.md} becomes {@code a/b.html}; an {@code index.md}
 * or {@code _index.md} becomes its folder's {@code index.html}; a {@code slug} replaces the file
 * name. Flat {@code .html} files rather than {@code b/index.html} keep every link working when the
 * site is opened straight from disk, where {@code b/} would show a folder listing.
 */
public final class UrlMapper {
    private UrlMapper() {}

    public static String urlFor(String relativePath, String slug) {
        int slash = relativePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : relativePath.substring(0, slash + 1);
        String name = relativePath.substring(slash + 1, relativePath.length() - ".md".length());
        if (name.equals("index") || name.equals("_index")) return dir + "index.html";
        return dir + (slug.isEmpty() ? name : slug) + ".html";
    }
}
