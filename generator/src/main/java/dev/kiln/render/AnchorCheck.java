package dev.kiln.render;

import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import dev.kiln.site.Page;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks, once every page is rendered, that each {@code page#anchor} link finds its anchor. */
public final class AnchorCheck {
    private AnchorCheck() {}

    public static void check(Collection<CompiledPage> compiled, Problems problems) {
        Map<String, Page> byUrl = compiled.stream().map(CompiledPage::page)
                .collect(Collectors.toMap(Page::url, Function.identity()));
        for (CompiledPage c : compiled) {
            for (PendingAnchor link : c.anchorLinks()) {
                Page target = byUrl.get(link.target().url());
                if (target == null || target.anchors().contains(link.fragment())) continue;
                String nearby = target.headings().stream().limit(6).map(h -> "#" + h.id())
                        .collect(Collectors.joining(", "));
                problems.add(Problem.at(link.file(), link.line(), link.column(),
                        "missing anchor: " + link.target().source().displayPath() + " has no `#" + link.fragment() + "`",
                        nearby.isEmpty() ? "that page has no headings to link to"
                                : "heading anchors on that page include " + nearby));
            }
        }
    }
}
