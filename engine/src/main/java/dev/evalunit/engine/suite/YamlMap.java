package dev.evalunit.engine.suite;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A YAML mapping read with its line numbers: typed access to its keys, where every wrong, missing or
 * unknown key becomes a {@link Problem} at its line instead of an exception.
 */
final class YamlMap {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final YamlDocument document;
    private final Location location;
    private final Problems problems;
    private final String what;
    private final int line;

    private YamlMap(MappingNode node, YamlDocument document, String what, Set<String> allowed) {
        this.document = document;
        this.location = document.location();
        this.problems = document.problems();
        this.what = what;
        this.line = line(node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(document.toJava(key));
            if (entries.containsKey(name)) {
                problems.at(location, line(key), "duplicate key '" + name + "' in " + what);
            } else if (!allowed.contains(name)) {
                problems.at(location, line(key), "unknown key '" + name + "' in " + what + "; allowed keys: "
                        + String.join(", ", allowed));
            } else {
                entries.put(name, tuple);
            }
        }
    }

    /** Reads a node that must be a mapping; reports a problem and returns empty otherwise. */
    static Optional<YamlMap> of(Node node, YamlDocument document, String what, Set<String> allowed) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, document, what, allowed));
        }
        document.problems().at(document.location(), line(node), what + " must be a mapping of keys to values");
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line;
    }

    /** The line of a key, or of this mapping when the key is absent. */
    int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<String> text(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                return Optional.of(scalar.getValue());
            }
            problems.at(location, line(node), "'" + key + "' in " + what + " must be text");
            return Optional.empty();
        });
    }

    Optional<String> requiredText(String key) {
        if (!has(key)) {
            problems.at(location, line, "missing required field '" + key + "' in " + what);
            return Optional.empty();
        }
        Optional<String> value = text(key);
        if (value.isPresent() && value.get().isBlank()) {
            problems.at(location, line(key), "'" + key + "' in " + what + " must not be blank");
            return Optional.empty();
        }
        return value;
    }

    /** Whether the key holds {@code true}. */
    boolean isTrue(String key) {
        return node(key).map(document::toJava).filter(Boolean.TRUE::equals).isPresent();
    }

    OptionalDouble number(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (document.toJava(node.get()) instanceof Number number && Double.isFinite(number.doubleValue())) {
            return OptionalDouble.of(number.doubleValue());
        }
        problems.at(location, line(node.get()), "'" + key + "' in " + what + " must be a number");
        return OptionalDouble.empty();
    }

    OptionalInt integer(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        Object value = document.toJava(node.get());
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == ((Number) value).intValue()) {
            return OptionalInt.of(((Number) value).intValue());
        }
        problems.at(location, line(node.get()), "'" + key + "' in " + what + " must be a whole number");
        return OptionalInt.empty();
    }

    /** A sequence value; a problem when the key holds something else. */
    List<Node> list(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.at(location, line(node.get()), "'" + key + "' in " + what + " must be a list");
        return List.of();
    }

    /** A list of scalars as texts; a problem when the key holds something else. */
    Set<String> texts(String key) {
        Set<String> texts = new LinkedHashSet<>();
        for (Node item : list(key)) {
            if (item instanceof ScalarNode scalar) {
                texts.add(scalar.getValue());
            } else {
                problems.at(location, line(item), "'" + key + "' in " + what + " must be a list of texts");
            }
        }
        return texts;
    }

    /** A mapping value as plain Java values; a problem when the key holds something else. */
    Map<String, Object> map(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (document.toJava(node.get()) instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        problems.at(location, line(node.get()), "'" + key + "' in " + what + " must be a mapping");
        return Map.of();
    }
}
