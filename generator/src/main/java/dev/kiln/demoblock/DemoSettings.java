package dev.kiln.demoblock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A demo block's YAML as the engine's settings (maps, lists, numbers as {@code Double}, text,
 * booleans), with where each setting was written: {@code optimizer.lr} → line and column, so a
 * setting the engine refuses is reported at its place in the Markdown file.
 *
 * @param values    the settings
 * @param positions 0-based line and column within the block, by setting path
 */
record DemoSettings(Map<String, Object> values, Map<String, int[]> positions) {

    /** YAML that cannot be read, at a 0-based line and column within the block. */
    static final class Malformed extends Exception {
        final int line;
        final int column;

        Malformed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    @SuppressWarnings("unchecked")
    static DemoSettings parse(String yaml) throws Malformed {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isEmpty()) return new DemoSettings(Map.of(), Map.of());
            if (!(root.get() instanceof MappingNode)) {
                Mark at = root.get().getStartMark().orElseThrow();
                throw new Malformed(at.getLine(), at.getColumn(), "a demo block holds `key: value` settings, such as `epochs: 100`");
            }
            Map<String, int[]> positions = new HashMap<>();
            Object values = value(root.get(), "", positions);
            return new DemoSettings((Map<String, Object>) values, positions);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String message = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw new Malformed(mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn(), "malformed YAML: " + message.strip());
        } catch (YamlEngineException e) {
            throw new Malformed(0, 0, "malformed YAML: " + e.getMessage());
        }
    }

    private static Object value(Node node, String path, Map<String, int[]> positions) throws Malformed {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) throw malformed(tuple.getKeyNode(), "a setting's name must be plain text");
                String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                positions.put(child, position(key));
                map.put(key.getValue(), value(tuple.getValueNode(), child, positions));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                String child = path + "[" + i + "]";
                positions.put(child, position(items.get(i)));
                list.add(value(items.get(i), child, positions));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.BOOL)) return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw malformed(node, "`" + text + "` is not a number Kiln can read; write it in decimal, such as 0.001 or 1e-3");
            }
        }
        return text;
    }

    private static int[] position(Node node) {
        Mark mark = node.getStartMark().orElse(null);
        return mark == null ? new int[] {0, 0} : new int[] {mark.getLine(), mark.getColumn()};
    }

    private static Malformed malformed(Node node, String message) {
        int[] at = position(node);
        return new Malformed(at[0], at[1], message);
    }

    /** Where the setting at {@code path} was written, else its nearest written parent, else the block's start. */
    int[] positionOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            int[] at = positions.get(p);
            if (at != null) return at;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return new int[] {0, 0};
    }
}
