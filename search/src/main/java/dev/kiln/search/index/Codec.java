package dev.kiln.search.index;

/**
 * Numbers as characters that need no escaping in a JavaScript string: five bits a character,
 * most significant first, the sixth bit saying "more follows". Section numbers are stored as
 * gaps, so most take one or two characters.
 */
public final class Codec {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < DIGITS.length(); i++) VALUE[DIGITS.charAt(i)] = i;
    }

    private Codec() {}

    /** The most characters one number takes. */
    static final int MAX_DIGITS = 7;

    public static void write(StringBuilder out, int value) {
        byte[] digits = new byte[MAX_DIGITS];
        int n = write(digits, 0, value);
        for (int i = 0; i < n; i++) out.append((char) digits[i]);
    }

    /** Writes {@code value} into {@code out} at {@code at}, which has room for {@link #MAX_DIGITS}; where it ends. */
    static int write(byte[] out, int at, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int shift = 0;
        while ((value >>> shift) >= 32 && shift < 30) shift += 5;
        for (; shift > 0; shift -= 5) out[at++] = (byte) DIGITS.charAt(32 | ((value >>> shift) & 31));
        out[at++] = (byte) DIGITS.charAt(value & 31);
        return at;
    }

    /** A reader over one encoded string. */
    public static final class Reader {
        private final String s;
        private int at;

        public Reader(String s, int from) {
            this.s = s;
            this.at = from;
        }

        public boolean more() {
            return at < s.length();
        }

        public int next() {
            int value = 0;
            while (true) {
                char c = s.charAt(at++);
                int d = c < 128 ? VALUE[c] : -1;
                if (d < 0) throw new IllegalArgumentException("not an index number at " + (at - 1));
                value = (value << 5) | (d & 31);
                if (d < 32) return value;
            }
        }
    }
}
