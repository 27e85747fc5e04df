package dev.evalunit.engine.suite;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final Location location;
    private final Problems problems;
    private final String what;
    private final int line;

    private YamlMap(MappingNode node, Location location, Problems problems, String what, Set<String> allowed) {
        this.location = location;
        this.problems = problems;
        this.what = what;
        this.line = line(node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(toJava(key));
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
    static Optional<YamlMap> of(Node node, Location location, Problems problems, String what, Set<String> allowed) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, location, problems, what, allowed));
        }
        problems.at(location, line(node), what + " must be a mapping of keys to values");
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

    OptionalDouble number(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (toJava(node.get()) instanceof Number number && Double.isFinite(number.doubleValue())) {
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
        Object value = toJava(node.get());
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

    /** A mapping value as plain Java values; a problem when the key holds something else. */
    Map<String, Object> map(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (toJava(node.get()) instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        problems.at(location, line(node.get()), "'" + key + "' in " + what + " must be a mapping");
        return Map.of();
    }

    /** A YAML node as plain Java values: String, Long/Integer, Double, Boolean, null, List, Map. */
    static Object toJava(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>(sequence.getValue().size());
            sequence.getValue().forEach(item -> out.add(toJava(item)));
            return out;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        mapping.getValue().forEach(t -> out.put(String.valueOf(toJava(t.getKeyNode())), toJava(t.getValueNode())));
        return out;
    }

    private static Object scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (tag.equals(Tag.INT)) {
                long number = Long.parseLong(value.replace("_", ""));
                return number == (int) number ? (Object) (int) number : (Object) number;
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(value.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return value;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT))
                    || Set.of("yes", "on", "y").contains(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        return value;
    }
}
