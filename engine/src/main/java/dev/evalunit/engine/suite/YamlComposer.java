package dev.evalunit.engine.suite;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Composes the text of a YAML file into its node graph within the {@link InputLimits}. SnakeYAML reports
 * its nesting and alias limits without a position, so for those the events are walked again to find the line.
 */
final class YamlComposer {

    private final InputLimits limits;

    YamlComposer(InputLimits limits) {
        this.limits = limits;
    }

    /** The document's root node; empty, with the problem reported, when it is malformed, beyond a limit or empty. */
    Optional<Node> compose(String text, Location location, Problems problems) {
        try {
            Node root = yaml().compose(new StringReader(text));
            if (root == null) {
                problems.at(location, 0, "the file is empty");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            problems.at(location, e.getProblemMark().getLine() + 1, "YAML syntax error: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (YAMLException e) {
            problems.at(location, lineBeyondLimits(text), "YAML beyond a limit: " + e.getMessage()
                    + "; nesting is limited by " + InputKeys.MAX_NESTING_DEPTH + " (" + limits.maxNestingDepth()
                    + "), aliases of lists and mappings by " + InputKeys.MAX_YAML_ALIASES + " ("
                    + limits.maxYamlAliases() + ")");
        }
        return Optional.empty();
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    /** The line of the first event nested too deep or aliasing one collection too many; 0 when none is. */
    private int lineBeyondLimits(String text) {
        Set<String> collectionAnchors = new HashSet<>();
        int depth = 0;
        int aliases = 0;
        try {
            for (Event event : yaml().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    depth++;
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                    aliases++;
                }
                if (depth > limits.maxNestingDepth() || aliases > limits.maxYamlAliases()) {
                    return event.getStartMark().getLine() + 1;
                }
            }
        } catch (YAMLException e) {
            return 0;
        }
        return 0;
    }
}
