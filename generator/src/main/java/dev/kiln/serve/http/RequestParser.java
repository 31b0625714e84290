package dev.kiln.serve.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request head as RFC 9112 writes it, strictly: lines end in CRLF, the request line is
 * three parts with one space between, field names are tokens with no space before the colon, and
 * line folding is refused. Bytes are judged as they arrive, so a bare LF, TLS bytes or junk are
 * answered at once rather than waited on until the time limit.
 */
public final class RequestParser {
    /** The whole head: a browser's is under 2 KiB. */
    public static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_LINE = 8 * 1024;

    private RequestParser() {}

    /**
     * The request whose head starts at {@code in}'s position, which moves past it; or null while
     * the head is incomplete (the position moves only past empty lines before it). {@code in} is
     * in read mode.
     */
    public static Request parse(ByteBuffer in) throws BadRequest {
        int start = in.position();
        while (start + 1 < in.limit() && in.get(start) == '\r' && in.get(start + 1) == '\n') start += 2; // RFC 9112 §2.2: empty lines before a request
        in.position(start); // those are read: a connection holding only them is idle, not half-way through a head
        if (start < in.limit() && in.get(start) == 0x16) {
            throw new BadRequest(400, "this server speaks plain HTTP: open http://, not https://");
        }
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < in.limit(); i++) {
            byte b = in.get(i);
            if (b == '\n') {
                if (i == lineStart || in.get(i - 1) != '\r') throw new BadRequest(400, "a line ends in a bare LF: HTTP lines end in CRLF");
                if (i - 1 == lineStart) { // the empty line: the head is whole
                    in.position(i + 1);
                    return request(lines);
                }
                lines.add(new String(bytes(in, lineStart, i - 1), StandardCharsets.ISO_8859_1));
                lineStart = i + 1;
            } else if (i > start && in.get(i - 1) == '\r') {
                throw new BadRequest(400, "a CR not followed by LF");
            } else if (lines.isEmpty() && (b < 0x20 || b > 0x7e) && b != '\r') {
                throw new BadRequest(400, "the request line holds a byte that is not printable ASCII");
            }
            if (lines.isEmpty() && i - start >= MAX_LINE) throw new BadRequest(414, "the request line is longer than " + MAX_LINE + " bytes");
            if (i - start >= MAX_HEAD) throw new BadRequest(431, "the request head is larger than " + MAX_HEAD + " bytes");
        }
        return null;
    }

    private static byte[] bytes(ByteBuffer in, int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) out[i - from] = in.get(i);
        return out;
    }

    private static Request request(List<String> lines) throws BadRequest {
        if (lines.isEmpty()) throw new BadRequest(400, "no request line");
        String[] parts = lines.get(0).split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw new BadRequest(400, "malformed request line: expected METHOD TARGET HTTP/1.1");
        }
        String version = parts[2];
        if (!version.matches("HTTP/\\d\\.\\d")) throw new BadRequest(400, "malformed request line: no HTTP version");
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) throw new BadRequest(505, "only HTTP/1.0 and HTTP/1.1 are served");
        String target = parts[1];
        if (!target.startsWith("/") && !target.matches("(?i)https?://[^/?#\\s]+([/?].*)?")) {
            throw new BadRequest(400, "the target must be a path such as /index.html");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(" ") || line.startsWith("\t")) throw new BadRequest(400, "folded header lines are not accepted");
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) throw new BadRequest(400, "malformed header line: expected Name: value");
            String value = line.substring(colon + 1).strip();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) throw new BadRequest(400, "a header value holds a control character");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
        }
        List<String> host = headers.getOrDefault("host", List.of());
        if (host.size() > 1) throw new BadRequest(400, "more than one Host header");
        if (host.isEmpty() && version.equals("HTTP/1.1")) throw new BadRequest(400, "an HTTP/1.1 request must name its Host");
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (length.stream().distinct().count() > 1 || length.stream().anyMatch(v -> !v.matches("\\d{1,18}"))) {
            throw new BadRequest(400, "malformed Content-Length");
        }
        return new Request(parts[0], target, version, headers);
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }
}
