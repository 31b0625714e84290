package dev.kiln.pipeline;

import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * A successful build.
 *
 * @param out      the published folder
 * @param pages    how many pages were written
 * @param files    how many files in all (pages, assets, site files)
 * @param formulasRendered formulas that went through KaTeX (the rest came from the cache)
 * @param parsed   pages whose Markdown was parsed (the rest came from the cache)
 * @param laidOut  pages laid out by their template (the rest came from the cache)
 * @param warnings problems that did not stop the build
 * @param timings  time per step
 * @param notes    things worth knowing that are not problems, such as a file left out by design
 * @param report   the full report's path in the output ({@code report.html}), or null when the site has none
 */
public record BuildResult(Path out, int pages, int files, int formulasRendered, int parsed, int laidOut, List<Problem> warnings, Timings timings,
        List<String> notes, String report) {}
