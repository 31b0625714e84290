package dev.kiln.config;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.problem.Problem;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping (site config or front matter) with the line of each top-level key, so that a
 * problem with a value can point at the line where the author wrote it.
 *
 * @param values   the keys and their values, in the author's order
 * @param keyLines 1-based line of each top-level key in the file
 */
public record YamlMapping(Map<String, Object> values, Map<String, Integer> keyLines) {

    public static final YamlMapping EMPTY = new YamlMapping(Map.of(), Map.of());

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @throws BuildFailedException naming the file, line and column of malformed YAML or of a
     *     document that is not a mapping
     */
    public static YamlMapping parse(String yaml, Path file, int firstLine) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isEmpty()) return EMPTY;
            if (!(root.get() instanceof MappingNode mapping)) {
                throw new BuildFailedException(Problem.at(file, firstLine + line(root.get().getStartMark()), 1,
                        "expected key: value pairs, found a " + root.get().getNodeType().name().toLowerCase(),
                        "write one `key: value` per line, for example `title: My page`"));
            }
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    lines.put(key.getValue(), firstLine + line(key.getStartMark()));
                }
            }
            Object constructed = new StandardConstructor(settings).constructSingleDocument(root);
            Map<String, Object> values = new LinkedHashMap<>();
            ((Map<?, ?>) constructed).forEach((k, v) -> values.put(String.valueOf(k), v));
            return new YamlMapping(Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = firstLine + mark.map(YamlMapping::line).orElse(0);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            String message = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw new BuildFailedException(Problem.at(file, line, column, "malformed YAML: " + message.strip(),
                    "check the indentation and quoting; a value with `:` or `#` needs quotes"));
        } catch (YamlEngineException e) {
            throw new BuildFailedException(Problem.at(file, firstLine, 1, "malformed YAML: " + e.getMessage(),
                    "check the indentation and quoting"));
        }
    }

    private static int line(Mark mark) {
        return mark.getLine();
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(Mark::getLine).orElse(0);
    }

    /** The line of {@code key}, or {@code fallback} when the key is absent. */
    public int lineOf(String key, int fallback) {
        return keyLines.getOrDefault(key, fallback);
    }

    public String string(String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
