package dev.kiln.sitesearch;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.site.Page;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a page's sections, tokenized for the index, may be kept between builds: after an edit,
 * the search step then reads and tokenizes the edited page only, not every page's body.
 */
public interface SectionCache {
    /** The page's tokenized sections, from the cache, else made by {@code make} (and kept). */
    List<IndexBuilder.Tokenized> get(Page page, Supplier<List<IndexBuilder.Tokenized>> make);

    /** The sections an earlier build filed under a page key, or null: what an edited page was. */
    default List<IndexBuilder.Tokenized> filed(String key) {
        return null;
    }

    SectionCache NONE = (page, make) -> make.get();
}
