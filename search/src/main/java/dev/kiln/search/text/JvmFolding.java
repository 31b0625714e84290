package dev.kiln.search.text;

import java.text.Normalizer;
import java.util.Locale;

/** {@link Folding} by the JDK, for the build. */
public final class JvmFolding implements Folding {
    public static final JvmFolding INSTANCE = new JvmFolding();

    private JvmFolding() {}

    @Override
    public String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nfkd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD);
    }

    @Override
    public String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
