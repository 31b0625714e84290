package dev.kiln.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrative and author-less forms of an author-date citation, made from the parenthetical one
 * that citeproc-java writes: "(Vaswani et al., 2017, p. 33)" gives "Vaswani et al. (2017, p. 33)"
 * and "(2017, p. 33)". (CSL's author-only and suppress-author do this; citeproc-java 3.1, the
 * newest here, ignores them.) A citation without a year where expected is left as it is.
 */
final class AuthorDate {
    /** The year as it opens the date part: 2017, 2017a, n.d. */
    private static final Pattern YEAR = Pattern.compile("[,\\s]+(\\d{4}[a-z]?|n\\.d\\.)");

    private AuthorDate() {}

    static String narrative(String citation, CSLItemData item) {
        Matcher m = yearIn(citation, item);
        if (m == null) return citation;
        String author = citation.substring(1, m.start()).strip();
        return author + " (" + citation.substring(m.start(1));
    }

    /** @param prefix the citation's own prefix ({@code see}), which citeproc put before the author and must stay */
    static String withoutAuthor(String citation, CSLItemData item, String prefix) {
        Matcher m = yearIn(citation, item);
        return m == null ? citation : "(" + (prefix.isEmpty() ? "" : prefix + " ") + citation.substring(m.start(1));
    }

    /** The authors of "(Vaswani et al., 2017)", or empty. */
    static String author(String citation, CSLItemData item) {
        Matcher m = yearIn(citation, item);
        return m == null ? "" : citation.substring(1, m.start()).strip();
    }

    private static Matcher yearIn(String citation, CSLItemData item) {
        if (!citation.startsWith("(") || !citation.endsWith(")")) return null;
        Matcher m = YEAR.matcher(citation);
        while (m.find()) {
            if (item == null || item.getIssued() == null || item.getIssued().getDateParts() == null
                    || m.group(1).startsWith(String.valueOf(item.getIssued().getDateParts()[0][0]))) return m;
        }
        return null;
    }
}
