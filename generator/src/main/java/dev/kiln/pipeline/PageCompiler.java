package dev.kiln.pipeline;

import dev.kiln.problem.Problems;
import dev.kiln.render.BodyCompiler;
import dev.kiln.render.CompiledPage;
import dev.kiln.site.PageInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parse step for one build: each page compiled, or taken from the memo when its source and
 * everything its links resolve against ({@code key}) are unchanged.
 */
final class PageCompiler {
    private final BodyCompiler compiler;
    private final BuildMemo memo;
    private final Map<PageInfo, BuildMemo.Compiled> previous;
    private final Map<PageInfo, BuildMemo.Compiled> next = new ConcurrentHashMap<>();
    private final AtomicInteger compiled = new AtomicInteger();

    private final String key;

    PageCompiler(BodyCompiler compiler, BuildMemo memo, String key) {
        this.compiler = compiler;
        this.memo = memo;
        this.key = key;
        this.previous = memo != null && key.equals(memo.compileKey) ? memo.compiled : Map.of();
    }

    CompiledPage compile(PageInfo info, Problems problems) {
        if (memo != null) memo.checkSuperseded();
        if (memo == null) {
            compiled.incrementAndGet();
            return compiler.compile(info, problems);
        }
        BuildMemo.Compiled hit = previous.get(info);
        if (hit == null) {
            Problems own = new Problems();
            CompiledPage page = compiler.compile(info, own);
            hit = new BuildMemo.Compiled(page, own.sorted(), own.warnings());
            compiled.incrementAndGet();
        }
        next.put(info, hit);
        hit.problems().forEach(problems::add);
        hit.warnings().forEach(problems::warn);
        return hit.page();
    }

    /** Keeps only this build's pages in the memo (edited and deleted pages drop out), and says how many were parsed. */
    int finish() {
        if (memo != null) {
            // key and pages together, so a build stopped half-way leaves the memo as it was
            memo.compileKey = key;
            memo.compiled = next;
        }
        return compiled.get();
    }
}
