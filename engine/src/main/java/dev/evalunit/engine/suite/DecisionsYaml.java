package dev.evalunit.engine.suite;

import dev.evalunit.stats.Direction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code compare}, {@code gates} and {@code export} blocks of a YAML suite and checks them. */
final class DecisionsYaml {

    private static final Set<String> COMPARE_KEYS = Set.of("baseline", "primary", "secondary", "alpha", "minEffect",
            "correction", "directions");
    private static final Set<String> GATE_KEYS = Set.of("name", "metric", "variant", "min", "max",
            "nonInferiorMargin", "betterBy", "decided", "allowInconclusive", "calibrated");
    private static final Set<String> EXPORT_KEYS = Set.of("experimentId", "path");
    private static final double DEFAULT_ALPHA = 0.05;

    private final YamlDocument document;
    private final PathConfinement paths;
    private final Location location;
    private final Problems problems;

    DecisionsYaml(YamlDocument document, PathConfinement paths) {
        this.document = document;
        this.paths = paths;
        this.location = document.location();
        this.problems = document.problems();
    }

    DecisionSpec read(YamlMap suite, DeclaredNames variants, DeclaredNames metrics, List<SuiteScorer> scorers) {
        DecisionChecks checks = new DecisionChecks(problems, variants, metrics);
        Optional<CompareSpec> compare = suite.node("compare")
                .flatMap(node -> YamlMap.of(node, document, "compare", COMPARE_KEYS))
                .flatMap(yaml -> compare(yaml, suite.line("compare"), checks, scorers));
        Map<GateSpec, YamlMap> gates = new LinkedHashMap<>();
        for (Node node : suite.list("gates")) {
            YamlMap.of(node, document, "a gate", GATE_KEYS)
                    .flatMap(yaml -> gate(yaml, compare)).ifPresent(g -> gates.put(g.getKey(), g.getValue()));
        }
        gates.forEach((gate, yaml) -> checks.gate(gate, compare, blame(yaml)));
        checks.names(List.copyOf(gates.keySet()), g -> blame(gates.get(g)));
        checks.contradictions(List.copyOf(gates.keySet()), g -> blame(gates.get(g)));
        Optional<ExportSpec> export = suite.node("export")
                .flatMap(node -> YamlMap.of(node, document, "export", EXPORT_KEYS))
                .map(yaml -> {
                    ExportSpec spec = new ExportSpec(yaml.text("experimentId").orElse(suite.text("id").orElse(
                            location.fileName())), yaml.text("path"));
                    checks.export(spec, compare, blame(yaml));
                    spec.path().flatMap(paths::exportProblem)
                            .ifPresent(problem -> problems.at(location, yaml.line("path"), problem));
                    return spec;
                });
        return new DecisionSpec(compare, List.copyOf(gates.keySet()), export);
    }

    private Optional<CompareSpec> compare(YamlMap yaml, int line, DecisionChecks checks, List<SuiteScorer> scorers) {
        Optional<String> baseline = yaml.requiredText("baseline");
        Optional<String> primary = yaml.requiredText("primary");
        List<String> secondary = new ArrayList<>();
        for (Node node : yaml.list("secondary")) {
            scalar(node, "compare.secondary").ifPresent(secondary::add);
        }
        double alpha = yaml.number("alpha").orElse(DEFAULT_ALPHA);
        double minEffect = yaml.number("minEffect").orElse(0);
        CompareSpec.Correction correction = yaml.text("correction").flatMap(text -> correction(text, yaml))
                .orElse(CompareSpec.Correction.HOLM);
        Map<String, Direction> directions = directions(yaml);
        if (baseline.isEmpty() || primary.isEmpty()) {
            return Optional.empty();
        }
        CompareSpec spec = new CompareSpec(baseline.get(), primary.get(), secondary, alpha, minEffect, correction,
                DecisionChecks.directions(scorers, directions), location.source(line));
        checks.compare(spec, blame(yaml));
        return Optional.of(spec);
    }

    /** {@code compare.directions}: per metric {@code higher}, {@code lower} or a target range {@code [low, high]}. */
    private Map<String, Direction> directions(YamlMap yaml) {
        Map<String, Direction> directions = new LinkedHashMap<>();
        Optional<Node> node = yaml.node("directions");
        if (node.isPresent() && !(node.get() instanceof MappingNode)) {
            problems.at(location, yaml.line("directions"), "compare.directions must be a mapping of metric names to "
                    + "'higher', 'lower' or a target range [low, high]");
            return directions;
        }
        for (NodeTuple entry : node.map(n -> ((MappingNode) n).getValue()).orElse(List.of())) {
            String metric = String.valueOf(document.toJava(entry.getKeyNode()));
            Object value = document.toJava(entry.getValueNode());
            String text = value instanceof List<?> range ? range.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]")) : String.valueOf(value);
            try {
                directions.put(metric, Direction.parse(text));
            } catch (IllegalArgumentException e) {
                problems.at(location, YamlMap.line(entry.getKeyNode()), "compare.directions." + metric + " "
                        + e.getMessage() + " (which way the metric improves)");
            }
        }
        return directions;
    }

    private Optional<CompareSpec.Correction> correction(String text, YamlMap yaml) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "holm" -> Optional.of(CompareSpec.Correction.HOLM);
            case "bh" -> Optional.of(CompareSpec.Correction.BH);
            default -> {
                problems.at(location, yaml.line("correction"), "compare.correction must be 'holm' (family-wise) or "
                        + "'bh' (Benjamini–Hochberg), was '" + text + "'");
                yield Optional.empty();
            }
        };
    }

    private Optional<Map.Entry<GateSpec, YamlMap>> gate(YamlMap yaml, Optional<CompareSpec> compare) {
        OptionalDouble min = yaml.number("min");
        OptionalDouble max = yaml.number("max");
        OptionalDouble margin = yaml.number("nonInferiorMargin");
        OptionalDouble betterBy = yaml.number("betterBy");
        boolean decided = yaml.isTrue("decided");
        List<GateSpec.Condition> conditions = new ArrayList<>();
        if (min.isPresent() || max.isPresent()) {
            conditions.add(new GateSpec.Condition.Bounds(min, max));
        }
        margin.ifPresent(m -> conditions.add(new GateSpec.Condition.NonInferior(m)));
        betterBy.ifPresent(d -> conditions.add(new GateSpec.Condition.BetterBy(d)));
        if (decided) {
            conditions.add(new GateSpec.Condition.Decided());
        }
        if (yaml.isTrue("calibrated")) {
            conditions.add(new GateSpec.Condition.Calibrated());
        }
        if (conditions.size() != 1) {
            problems.at(location, yaml.line(), "a gate states exactly one condition: min and/or max, "
                    + "nonInferiorMargin, betterBy, 'decided: true' or 'calibrated: true'; this one has "
                    + conditions.size());
            return Optional.empty();
        }
        Optional<String> metric = yaml.text("metric");
        Optional<String> variant = yaml.text("variant");
        String name = yaml.text("name").orElseGet(() -> DecisionChecks.gateName(conditions.get(0), metric, variant,
                compare));
        boolean allowInconclusive = yaml.isTrue("allowInconclusive");
        GateSpec gate = new GateSpec(name, conditions.get(0), metric, variant, allowInconclusive, yaml.line(),
                location.source(yaml.line()));
        return Optional.of(Map.entry(gate, yaml));
    }

    private Optional<String> scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue());
        }
        problems.at(location, YamlMap.line(node), what + " must be a list of metric names");
        return Optional.empty();
    }

    private Blame blame(YamlMap yaml) {
        return (field, message) -> Problem.at(location, yaml.line(field), message);
    }
}
