package dev.kiln.content;

import dev.kiln.config.YamlMapping;
import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import dev.kiln.problem.Problems;
import java.nio.file.Path;

/**
 * Splits a Markdown file into its YAML front matter (between {@code ---} lines at the top) and its
 * body. Bad front matter is reported and the page kept with none, so that the rest of the build
 * can still find the page's other problems and links to it do not look broken.
 */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    static SourceFile split(String relativePath, Path displayPath, String text, Problems problems) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return new SourceFile(relativePath, displayPath, FrontMatter.NONE, text, 1);
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = text.substring(pos, end < 0 ? text.length() : end).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                FrontMatter frontMatter = FrontMatter.NONE;
                try {
                    frontMatter = FrontMatter.of(YamlMapping.parse(text.substring(4, pos), displayPath, 2), displayPath);
                } catch (BuildFailedException e) {
                    e.problems().forEach(problems::add);
                }
                return new SourceFile(relativePath, displayPath, frontMatter, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        problems.add(Problem.at(displayPath, 1, 1, "the front matter opened here is never closed",
                "end the front matter with a line holding only `---`"));
        return new SourceFile(relativePath, displayPath, FrontMatter.NONE, "", 1);
    }
}
