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
        String dir = urlSafe(slash < 0 ? "" : relativePath.substring(0, slash + 1));
        String name = relativePath.substring(slash + 1, relativePath.length() - ".md".length());
        if (name.equals("index") || name.equals("_index")) return dir + "index.html";
        return dir + urlSafe(slug.isEmpty() ? name : slug) + ".html";
    }

    /**
     * A page's path with every character a URL cannot hold as it is ({@code my page} → {@code my-page}):
     * a page's URL is then both its file name and its link, with nothing to escape. Letters of any
     * script stay, as browsers show them.
     */
    static String urlSafe(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            out.append(c <= ' ' || UNSAFE.indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString();
    }

    /** Characters a URL path cannot hold as they are; {@code :} too, or {@code Note:-draft.html} reads as a scheme. */
    private static final String UNSAFE = "\"#%:<>?[\\]^`{|}";

    /** A content file's path as a link: percent-encodes what a URL cannot hold, keeping {@code /} and letters of any script. */
    public static String href(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // every character to escape is ASCII, so one byte: %XX
            if (c <= ' ' || c == 0x7f || UNSAFE.indexOf(c) >= 0) out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            else out.append(c);
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";
}
