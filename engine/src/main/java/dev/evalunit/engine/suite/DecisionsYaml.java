package dev.evalunit.engine.suite;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

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

    SuiteDecisions read(YamlMap suite, DeclaredNames variants, DeclaredNames metrics) {
        DecisionChecks checks = new DecisionChecks(problems, variants, metrics);
        Optional<CompareSpec> compare = suite.node("compare")
                .flatMap(node -> YamlMap.of(node, document, "compare", COMPARE_KEYS))
                .flatMap(yaml -> compare(yaml, suite.line("compare"), checks));
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
        return new SuiteDecisions(compare, List.copyOf(gates.keySet()), export);
    }

    private Optional<CompareSpec> compare(YamlMap yaml, int line, DecisionChecks checks) {
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
        Map<String, Boolean> directions = new LinkedHashMap<>();
        yaml.map("directions").forEach((metric, value) -> {
            String text = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (text.equals("higher") || text.equals("lower")) {
                directions.put(metric, text.equals("higher"));
            } else {
                problems.at(location, yaml.line("directions"), "compare.directions." + metric
                        + " must be 'higher' or 'lower' (which way the metric improves), was '" + value + "'");
            }
        });
        if (baseline.isEmpty() || primary.isEmpty()) {
            return Optional.empty();
        }
        CompareSpec spec = new CompareSpec(baseline.get(), primary.get(), secondary, alpha, minEffect, correction,
                directions, location.source(line));
        checks.compare(spec, blame(yaml));
        return Optional.of(spec);
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
            conditions.add(new GateSpec.Condition.Threshold(min, max));
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
