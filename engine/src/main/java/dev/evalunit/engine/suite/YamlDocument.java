package dev.evalunit.engine.suite;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One YAML file being read: where it is, the problems found in it, and the values its nodes expand to. Aliases
 * make a node graph that can be recursive or expand exponentially, so every conversion to Java values counts
 * against {@link InputLimits#maxYamlValues()} for the whole file and stops at a cycle or beyond the nesting limit
 * with an {@link InputLimitException} at the offending line.
 */
final class YamlDocument {

    private final InputFile file;
    private final Location location;
    private final InputLimits limits;
    private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());
    private long values;

    YamlDocument(InputFile file) {
        this.file = file;
        this.location = file.location();
        this.limits = file.limits();
    }

    InputFile file() {
        return file;
    }

    Location location() {
        return location;
    }

    Problems problems() {
        return file.problems();
    }

    /**
     * A node as plain Java values: String, Integer/Long, Double, Boolean, null, List, Map.
     *
     * @throws InputLimitException at a recursive alias, beyond the nesting depth or beyond the file's value budget
     */
    Object toJava(Node node) {
        if (++values > limits.maxYamlValues()) {
            throw new InputLimitException(location, YamlMap.line(node), "the file expands to more than "
                    + limits.maxYamlValues() + " values (aliases expanded); raise " + InputKeys.MAX_YAML_VALUES
                    + " if it is meant to");
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (!path.add(node)) {
            throw new InputLimitException(location, YamlMap.line(node), "a recursive alias: this value contains "
                    + "itself");
        }
        if (path.size() > limits.maxNestingDepth()) {
            throw new InputLimitException(location, YamlMap.line(node), "values nested deeper than "
                    + limits.maxNestingDepth() + " levels (aliases followed); raise " + InputKeys.MAX_NESTING_DEPTH
                    + " if it is meant to");
        }
        try {
            if (node instanceof SequenceNode sequence) {
                List<Object> out = new ArrayList<>(sequence.getValue().size());
                sequence.getValue().forEach(item -> out.add(toJava(item)));
                return out;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                out.put(String.valueOf(toJava(tuple.getKeyNode())), toJava(tuple.getValueNode()));
            }
            return out;
        } finally {
            path.remove(node);
        }
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
            String lower = value.toLowerCase(Locale.ROOT);
            return Boolean.parseBoolean(lower) || Set.of("yes", "on", "y").contains(lower);
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        return value;
    }
}
