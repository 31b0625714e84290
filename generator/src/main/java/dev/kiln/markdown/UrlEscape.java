package dev.kiln.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes what a URL in an {@code href} or {@code src} may not hold as it is (spaces,
 * {@code " < > \ ^ ` { | }}, control and other white-space characters), as CommonMark's reference
 * renderer does, so {@code [a](<my page.md>)} gives {@code href="my%20page.html"}. Escapes already
 * written ({@code %20}), {@code #} and {@code ?} stay, and so do letters of any script: browsers
 * show them in the address bar and encode them themselves.
 */
final class UrlEscape {
    private UrlEscape() {}

    private static final String UNSAFE = "\"<>\\^`{|}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String of(String url) {
        int i = 0;
        while (i < url.length() && !unsafe(url.charAt(i))) i++;
        if (i == url.length()) return url;
        StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, i);
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) out.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c <= ' ' || c == 0x7f || UNSAFE.indexOf(c) >= 0 || (c > 0x7f && (Character.isSpaceChar(c) || Character.isISOControl(c)));
    }
}
