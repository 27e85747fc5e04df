package dev.evalunit.maven.promptfoo;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a promptfoo config as composed by SnakeYAML, with where it is: the file, the line and a path such as
 * {@code tests[2].assert[0]}, so every message about it can point at it.
 *
 * @param node the YAML node
 * @param file the config file, as the user named it
 * @param path where the node is in the document
 */
record ConfigNode(Node node, String file, String path) {

    /** {@code file:line (path)}, for messages. */
    String where() {
        return file + ":" + (node.getStartMark().getLine() + 1) + " (" + (path.isEmpty() ? "the config" : path) + ")";
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The value under a key of a mapping; empty when absent or when this is not a mapping. */
    Optional<ConfigNode> get(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new ConfigNode(tuple.getValueNode(), file, path.isEmpty() ? key : path + "." + key));
                }
            }
        }
        return Optional.empty();
    }

    /** The keys of a mapping, in order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> keys.add(t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?"));
        }
        return keys;
    }

    /** The items of a sequence (a scalar or a mapping counts as a list of itself). */
    List<ConfigNode> items() {
        List<ConfigNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new ConfigNode(sequence.getValue().get(i), file, path + "[" + i + "]"));
            }
        } else {
            items.add(this);
        }
        return items;
    }

    /** A scalar's text; empty for a mapping or a sequence. */
    Optional<String> text() {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    /** The text under a key, when it is a scalar. */
    Optional<String> text(String key) {
        return get(key).flatMap(ConfigNode::text);
    }

    /** The number under a key; a message naming the place when it is not one. */
    Optional<Double> number(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text.get()));
        } catch (NumberFormatException e) {
            throw new PromptfooImportException(get(key).orElseThrow().where() + ": '" + key + "' must be a number, was '"
                    + text.get() + "'");
        }
    }

    /** The node as plain Java values (maps, lists, texts), for values copied as they are, such as a JSON schema. */
    Object plain() {
        if (node instanceof MappingNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            keys().forEach(k -> map.put(k, get(k).orElseThrow().plain()));
            return map;
        }
        if (node instanceof SequenceNode) {
            return items().stream().map(ConfigNode::plain).toList();
        }
        return Scalars.value((ScalarNode) node);
    }
}
