package dev.kiln.render;

import dev.kiln.site.Page;
import java.util.List;

/** A page with its body rendered, and the anchors its links expect on other pages. */
public record CompiledPage(Page page, List<PendingAnchor> anchorLinks) {}
