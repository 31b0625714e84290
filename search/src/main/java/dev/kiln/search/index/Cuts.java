package dev.kiln.search.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of items (a shard's token lines, a chunk's sections) into parts of about a target
 * size, where the items themselves say: a part ends before an item whose key hashes to a
 * boundary once the part is half the target, and at twice the target in any case. A cut so
 * placed depends only on the items just before it, so an edit moves the cuts near it and no
 * others, and an index brought up to date part by part ({@link IndexUpdate}) comes out exactly
 * as one built from scratch.
 */
final class Cuts {
    private final int min;
    private final int max;
    private final int mask;
    private final List<String> parts = new ArrayList<>();
    private final List<String> firstKeys = new ArrayList<>();
    private final List<Integer> firstItems = new ArrayList<>();
    private int items;
    private final StringBuilder part = new StringBuilder();

    /**
     * @param target  the size a part should have, in characters
     * @param perItem about how many characters an item has, so boundaries fall about every half target
     */
    Cuts(int target, int perItem) {
        this.min = Math.max(1, target / 2);
        this.max = Math.max(2, target * 2);
        int every = Integer.highestOneBit(Math.max(1, min / Math.max(1, perItem)));
        this.mask = every - 1;
    }

    /** Whether the next item, keyed {@code key}, would start a part (the first item always does). */
    boolean startsPart(String key) {
        return part.length() == 0 || part.length() >= max || (part.length() >= min && boundary(key));
    }

    /** Adds the next item, ending the part before it where {@link #startsPart} says. */
    void add(String key, CharSequence text) {
        if (part.length() > 0 && startsPart(key)) end();
        if (part.length() == 0) {
            firstKeys.add(key);
            firstItems.add(items);
        }
        part.append(text);
        items++;
    }

    /** Ends the part under way, if any: what comes next starts a part whatever it is. */
    void end() {
        if (part.length() == 0) return;
        parts.add(part.toString());
        part.setLength(0);
    }

    /** The parts ended so far, in order. */
    List<String> parts() {
        return parts;
    }

    /** The key of each part's first item. */
    List<String> firstKeys() {
        return firstKeys;
    }

    /** The place of each part's first item among all items added, counting from 0. */
    List<Integer> firstItems() {
        return firstItems;
    }

    private boolean boundary(String key) {
        int h = key.hashCode() * 0x9E3779B1; // String.hashCode is fixed by the language; this spreads its low bits
        return ((h ^ (h >>> 16)) & mask) == 0;
    }
}
