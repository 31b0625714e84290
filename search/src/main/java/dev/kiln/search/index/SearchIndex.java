package dev.kiln.search.index;

import java.util.List;

/**
 * A built index as text: the meta file every query loads first, the token shards and the
 * chunks of result text. How they are named and wrapped for the page is the writer's business.
 */
public record SearchIndex(String meta, List<String> shards, List<String> chunks) {}
