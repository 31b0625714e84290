package dev.kiln.search.index;

/** What a posting's weight says about where a token occurs in a section: flags and a capped count. */
public final class Fields {
    /** In the section's heading. */
    public static final int HEADING = 16;
    /** In the page's title (the heading of the page's first section). */
    public static final int TITLE = 32;
    /** Body occurrences are counted up to this. */
    public static final int MAX_COUNT = 15;

    private Fields() {}

    public static int count(int weight) {
        return weight & MAX_COUNT;
    }
}
