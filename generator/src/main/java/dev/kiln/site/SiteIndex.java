package dev.kiln.site;

import dev.kiln.content.ContentSet;
import dev.kiln.content.FrontMatter;
import dev.kiln.content.SourceFile;
import dev.kiln.problem.Nearest;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every page's output URL and layout, known before any Markdown is parsed, so that links can be
 * rewritten while each page renders on its own thread.
 */
public final class SiteIndex {
    private final List<PageInfo> pages;
    private final Map<String, PageInfo> byPath = new HashMap<>();
    private final Map<String, PageInfo> byUrl = new HashMap<>();
    private final Set<String> assets;

    private SiteIndex(List<PageInfo> pages, Collection<String> assets) {
        this.pages = List.copyOf(pages);
        this.assets = Set.copyOf(assets);
        for (PageInfo page : pages) {
            byPath.put(page.source().relativePath(), page);
            byUrl.put(page.url(), page);
        }
    }

    /**
     * Assigns URLs and layouts, reporting pages that collide on a URL and layouts that do not exist.
     *
     * @param includeDrafts publish pages marked {@code draft: true}
     * @param layoutExists  whether {@code templates/<name>.ftlh} exists
     */
    public static SiteIndex build(ContentSet content, boolean includeDrafts, Predicate<String> layoutExists, Problems problems) {
        List<PageInfo> pages = new ArrayList<>();
        Map<String, PageInfo> claimed = new HashMap<>();
        for (SourceFile source : content.pages()) {
            FrontMatter fm = source.frontMatter();
            if (fm.draft() && !includeDrafts) continue;
            String url = UrlMapper.urlFor(source.relativePath(), fm.slug());
            String layout = fm.layout().isEmpty() ? (url.equals("index.html") ? "home" : "page") : fm.layout();
            if (!layoutExists.test(layout)) {
                problems.add(Problem.at(source.displayPath(), fm.yaml().lineOf("layout", 1), 1, "unknown layout `" + layout + "`",
                        "a layout is a template file `templates/" + layout + ".ftlh`; use one that exists (home, page, report)"
                                + " or create it"));
            }
            PageInfo page = new PageInfo(source, url, layout);
            PageInfo earlier = claimed.putIfAbsent(url, page);
            if (earlier != null) {
                problems.add(Problem.at(source.displayPath(), fm.yaml().lineOf("slug", 1), 1,
                        "this page and " + earlier.source().displayPath() + " both become `" + url + "`",
                        "give one of them a different `slug:` in its front matter, or rename the file"));
            } else {
                pages.add(page);
            }
        }
        for (String asset : content.assets()) {
            PageInfo page = claimed.get(asset);
            if (page != null) {
                problems.add(Problem.inFile(content.root().resolve(asset),
                        "this file and the page " + page.source().displayPath() + " both become `" + asset + "`",
                        "rename the file or give the page another `slug:`"));
            }
        }
        return new SiteIndex(pages, content.assets());
    }

    /** Pages in content-path order (reading order is {@link SiteModel}'s business). */
    public List<PageInfo> pages() {
        return pages;
    }

    public Set<String> assets() {
        return assets;
    }

    /** The page made from the Markdown file at {@code relativePath}, or null. */
    public PageInfo byPath(String relativePath) {
        return byPath.get(relativePath);
    }

    /** Schemes a link may use (any case); everything else is refused, so no spelling of `javascript:` gets through. */
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");
    private static final java.util.regex.Pattern DATA_IMAGE =
            java.util.regex.Pattern.compile("(?i)data:image/(png|gif|jpeg|webp)[;,]");

    /** Resolves a URL written in {@code from}'s Markdown. */
    public LinkTarget resolve(PageInfo from, String url) {
        if (url.isEmpty()) return new LinkTarget.ToPage(from, "");
        if (url.startsWith("//")) return new LinkTarget.External(url);
        if (hasScheme(url)) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(scheme)) return new LinkTarget.External(url);
            if (DATA_IMAGE.matcher(url).lookingAt()) return new LinkTarget.External(url); // inline raster images cannot run script
            return new LinkTarget.Refused("`" + scheme + ":` links are not allowed"
                    + (SCRIPT_SCHEMES.contains(scheme) ? ": they run script in the reader's browser" : ""),
                    "link with http:, https:, mailto: or tel:, or to a path inside the site");
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        path = decode(path);
        if (path.isEmpty()) return new LinkTarget.ToPage(from, fragment);
        String rel = from.source().relativePath();
        String base = path.startsWith("/") ? "" : rel.substring(0, rel.lastIndexOf('/') + 1);
        String resolved = normalize(base + (path.startsWith("/") ? path.substring(1) : path));
        if (resolved == null) {
            return new LinkTarget.Missing("`" + url + "` points outside the content folder",
                    "link to files inside content/, relative to this file");
        }
        if (resolved.isEmpty() || resolved.endsWith("/")) {
            PageInfo index = byPath.getOrDefault(resolved + "index.md", byPath.get(resolved + "_index.md"));
            if (index != null) return new LinkTarget.ToPage(index, fragment);
        }
        PageInfo page = byPath.get(resolved);
        if (page == null) page = byUrl.get(resolved);
        if (page != null) return new LinkTarget.ToPage(page, fragment);
        if (assets.contains(resolved)) return new LinkTarget.ToAsset(resolved, fragment);
        return new LinkTarget.Missing("`" + url + "` leads nowhere: there is no `content/" + resolved + "`",
                suggestion(resolved));
    }

    private String suggestion(String missing) {
        boolean markdown = missing.endsWith(".md");
        Collection<String> candidates = markdown ? byPath.keySet() : assets;
        String best = candidates.stream().min(Comparator.comparingInt(c -> Nearest.distance(c, missing))).orElse(null);
        String relativeNote = "paths are relative to the file that contains the link";
        if (best == null || Nearest.distance(best, missing) > Math.max(3, missing.length() / 3)) return relativeNote;
        return "did you mean `" + best + "`? (" + relativeNote + ")";
    }

    /** {@code scheme:} as RFC 3986 defines it: a letter, then letters, digits, {@code + - .}, then a colon. */
    private static boolean hasScheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) return false;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return true;
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above the root. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        String[] split = path.split("/", -1);
        for (int i = 0; i < split.length; i++) {
            String part = split[i];
            boolean last = i == split.length - 1;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
                if (last) parts.add("");
            } else if (part.equals(".") || (part.isEmpty() && !last)) {
                if (last) parts.add("");
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Percent-decoding of a URL path as UTF-8; {@code +} stays a plus, unlike form decoding. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
