package dev.kiln.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * A request's path turned into a site path ({@code guide/intro.html}), or refused. The site is
 * served from memory, so nothing outside it can be reached anyway; these rules still refuse
 * anything that tries ({@code ..}, in any encoding, encoded slashes and backslashes, NUL), so
 * that a mistake elsewhere could never turn into a hole.
 */
final class RequestPath {
    /** Why a path was refused: 400 for a malformed one, 403 for one that tries to leave the site. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private RequestPath() {}

    /** @param raw the request URI's raw (still percent-encoded) path */
    static String toSitePath(String raw) throws Refused {
        if (raw == null || !raw.startsWith("/")) throw new Refused(400, "the path must start with /");
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || raw.indexOf('\\') >= 0) {
            throw new Refused(403, "encoded slashes and backslashes are refused");
        }
        String path = decode(raw);
        if (path.indexOf('\0') >= 0) throw new Refused(400, "NUL in the path");
        StringBuilder site = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) throw new Refused(403, "the path leaves the site");
            if (site.length() > 0) site.append('/');
            site.append(segment);
        }
        String result = site.toString();
        if (result.isEmpty() || path.endsWith("/")) result = result.isEmpty() ? "index.html" : result + "/index.html";
        return result;
    }

    /** Percent-decoding as UTF-8 (a {@code +} stays a plus in a path); malformed escapes are refused. */
    private static String decode(String raw) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw new Refused(400, "malformed percent escape");
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new Refused(400, "malformed percent escape");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the path is not UTF-8");
        }
    }
}
