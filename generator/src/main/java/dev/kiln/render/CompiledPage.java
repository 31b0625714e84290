package dev.kiln.render;

import dev.kiln.site.Page;
import dev.kiln.xref.PageRefs;
import java.util.List;

/**
 * A page with its body rendered, the anchors its links expect on other pages, and what it
 * numbers and refers to (its body holds placeholders for those until the numbering step).
 */
public record CompiledPage(Page page, List<PendingAnchor> anchorLinks, PageRefs refs) {}
