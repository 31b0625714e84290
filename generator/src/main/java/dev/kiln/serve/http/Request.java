package dev.kiln.serve.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request's head, as {@link RequestParser} read it: the method, the target as sent, the
 * protocol version, and the header fields by lower-case name. Kiln serves GET and HEAD only,
 * so a request body is never read: a request that announces one ends its connection.
 */
public record Request(String method, String target, String version, Map<String, List<String>> headers) {

    /** The first value of a header field, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path of the target, still percent-encoded, without its query: {@code /a%20b.html}. */
    public String rawPath() {
        String path = target;
        if (!path.startsWith("/")) { // absolute form, as a proxy sends: http://host:port/path?query
            int end = authorityEnd();
            path = end == target.length() || target.charAt(end) != '/' ? "/" + target.substring(end) : target.substring(end);
        }
        int end = path.indexOf('?');
        return end < 0 ? path : path.substring(0, end);
    }

    /** The host the request names: the authority of an absolute target wins over the Host field (RFC 9112 §3.2.2). */
    public String host() {
        if (!target.startsWith("/")) return target.substring(target.indexOf("://") + 3, authorityEnd());
        return header("host");
    }

    /** Where the authority of an absolute target ends: at the first {@code /}, {@code ?} or {@code #} after it. */
    private int authorityEnd() {
        int from = target.indexOf("://") + 3;
        for (int i = from; i < target.length(); i++) if ("/?#".indexOf(target.charAt(i)) >= 0) return i;
        return target.length();
    }

    /** HEAD asks for the head of the answer a GET would get. */
    public boolean isHead() {
        return method.equals("HEAD");
    }

    /** Whether the connection may carry another request after this one's answer. */
    boolean keepAlive() {
        if (header("transfer-encoding") != null) return false;
        String length = header("content-length");
        if (length != null && !length.equals("0")) return false; // its body is not read, so nothing after it can be
        String connection = String.join(",", headers.getOrDefault("connection", List.of())).toLowerCase(Locale.ROOT);
        boolean close = List.of(connection.split("\\s*,\\s*")).contains("close");
        boolean keep = List.of(connection.split("\\s*,\\s*")).contains("keep-alive");
        return version.equals("HTTP/1.1") ? !close : keep;
    }
}
