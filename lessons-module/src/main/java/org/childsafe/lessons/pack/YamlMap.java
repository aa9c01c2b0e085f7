package org.childsafe.lessons.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read from the node tree SnakeYAML Engine composes (not from plain Java maps), because only the
 * nodes keep their position: every accessor reports a missing, mistyped or unknown key as a {@link PackProblem}
 * at the right line and column, and returns {@code null} or an empty value so reading goes on and finds more.
 */
final class YamlMap {

    private final String file;
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, tuple.getKeyNode(), "keys must be plain text");
            } else if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(file, key, "duplicate key '" + key.getValue() + "'");
            }
        }
    }

    /** Parses a whole file; a YAML syntax error becomes one problem at its position. */
    static Optional<YamlMap> parse(String file, String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10).setCodePointLimit(1024 * 1024).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(file, "the file is empty");
                return Optional.empty();
            }
            return Optional.ofNullable(of(file, root.get(), problems, "the file"));
        } catch (MarkedYamlEngineException e) {
            problems.add(file, e.getProblemMark().orElse(null), "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(file, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** {@code node} as a mapping, or {@code null} with a problem "{what} must be a mapping". */
    static YamlMap of(String file, Node node, Problems problems, String what) {
        if (node instanceof MappingNode mapping) {
            return new YamlMap(file, mapping, problems);
        }
        problems.add(file, node, what + " must be a mapping (key: value)");
        return null;
    }

    Node node() {
        return node;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of {@code key}, or null (and a problem if required). */
    Node value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, node, "missing '" + key + "'");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    /** Reports every key not in {@code allowed}: a misspelt key is otherwise silently ignored. */
    void allowOnly(Set<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.add(file, tuple.getKeyNode(), "unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }

    /** A required, non-blank text. */
    String text(String key) {
        Node value = value(key, true);
        return value == null ? null : scalar(value, "'" + key + "'", true);
    }

    /** An optional text: null when absent. */
    String optionalText(String key) {
        Node value = value(key, false);
        return value == null ? null : scalar(value, "'" + key + "'", true);
    }

    /** A required integer within bounds. */
    Integer integer(String key, int min, int max) {
        String raw = text(key);
        if (raw == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(raw);
            if (number < min || number > max) {
                problems.add(file, value(key, false), "'" + key + "' must be between " + min + " and " + max
                        + ", found " + number);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(file, value(key, false), "'" + key + "' must be a whole number, found '" + raw + "'");
            return null;
        }
    }

    /** A required list of texts (flow {@code [a, b]} or block style). */
    List<String> texts(String key) {
        Node value = value(key, true);
        return value == null ? List.of() : texts(value, "'" + key + "'");
    }

    List<String> texts(Node value, String what) {
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(file, value, what + " must be a list");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = scalar(item, "an item of " + what, true);
            if (text != null) {
                values.add(text);
            }
        }
        return values;
    }

    /** A required list of any nodes. */
    List<Node> list(String key) {
        Node value = value(key, true);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(file, value, "'" + key + "' must be a list");
        return List.of();
    }

    /** A required nested mapping. */
    YamlMap map(String key) {
        Node value = value(key, true);
        return value == null ? null : of(file, value, problems, "'" + key + "'");
    }

    /** A non-blank scalar's text, or null with a problem. */
    String scalar(Node value, String what, boolean nonBlank) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(file, value, what + " must be a single value, not a list or mapping");
            return null;
        }
        String text = scalar.getValue();
        if (nonBlank && text.isBlank()) {
            problems.add(file, value, what + " must not be empty");
            return null;
        }
        return text;
    }
}
