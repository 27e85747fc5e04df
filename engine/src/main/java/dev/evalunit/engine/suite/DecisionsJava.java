package dev.evalunit.engine.suite;

import dev.evalunit.api.Compare;
import dev.evalunit.api.Export;
import dev.evalunit.api.Gate;
import dev.evalunit.stats.Direction;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the {@link Compare}, {@link Gate} and {@link Export} annotations of a Java suite and checks them. */
final class DecisionsJava {

    private final Class<?> type;
    private final Problems problems;
    private final ClassSource source;
    private final PathConfinement paths;
    private final JavaSourceFile file;

    DecisionsJava(Class<?> type, Problems problems, PathConfinement paths, JavaSourceFile file) {
        this.type = type;
        this.problems = problems;
        this.paths = paths;
        this.source = ClassSource.from(type);
        this.file = file;
    }

    DecisionSpec read(String suiteId, DeclaredNames variants, DeclaredNames metrics, List<SuiteScorer> scorers) {
        DecisionChecks checks = new DecisionChecks(problems, variants, metrics);
        Optional<CompareSpec> compare = Optional.ofNullable(type.getAnnotation(Compare.class))
                .flatMap(annotation -> compare(annotation, scorers));
        compare.ifPresent(spec -> checks.compare(spec, blame("@Compare")));
        List<GateSpec> gates = new ArrayList<>();
        Gate[] annotations = type.getAnnotationsByType(Gate.class);
        for (int i = 0; i < annotations.length; i++) {
            gate(annotations[i], compare, file.annotation(Gate.class, i)).ifPresent(gates::add);
        }
        gates.forEach(g -> checks.gate(g, compare, blame("@Gate(name = \"" + g.name() + "\")")));
        checks.names(gates, g -> blame("@Gate"));
        checks.contradictions(gates, g -> blame("@Gate"));
        Optional<ExportSpec> export = Optional.ofNullable(type.getAnnotation(Export.class)).map(a -> new ExportSpec(
                a.experimentId().isEmpty() ? suiteId : a.experimentId(), text(a.path())));
        export.ifPresent(spec -> checks.export(spec, compare, blame("@Export")));
        export.flatMap(ExportSpec::path).flatMap(paths::exportProblem)
                .ifPresent(problem -> problems.add(blame("@Export").at("path", problem)));
        return new DecisionSpec(compare, gates, export);
    }

    private Optional<CompareSpec> compare(Compare annotation, List<SuiteScorer> scorers) {
        CompareSpec.Correction correction;
        try {
            correction = CompareSpec.Correction.valueOf(annotation.correction().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(blame("@Compare").at("correction", "correction must be 'holm' or 'bh', was '"
                    + annotation.correction() + "'"));
            return Optional.empty();
        }
        Map<String, Direction> directions = new LinkedHashMap<>();
        for (String entry : annotation.directions()) {
            int equals = entry.indexOf('=');
            String metric = equals < 0 ? "" : entry.substring(0, equals).trim();
            try {
                if (metric.isEmpty()) {
                    throw new IllegalArgumentException("must read 'metric=direction', e.g. 'sentences=[2, 3]'");
                }
                directions.put(metric, Direction.parse(entry.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                problems.add(blame("@Compare").at("directions", "directions entry '" + entry + "' "
                        + e.getMessage()));
            }
        }
        return Optional.of(new CompareSpec(annotation.baseline(), annotation.primary(),
                List.of(annotation.secondary()), annotation.alpha(), annotation.minEffect(), correction,
                DecisionChecks.directions(scorers, directions), file.annotation(Compare.class, 0)));
    }

    private Optional<GateSpec> gate(Gate annotation, Optional<CompareSpec> compare, TestSource at) {
        List<GateSpec.Condition> conditions = new ArrayList<>();
        OptionalDouble min = number(annotation.min());
        OptionalDouble max = number(annotation.max());
        if (min.isPresent() || max.isPresent()) {
            conditions.add(new GateSpec.Condition.Bounds(min, max));
        }
        number(annotation.nonInferiorMargin()).ifPresent(m -> conditions.add(new GateSpec.Condition.NonInferior(m)));
        number(annotation.betterBy()).ifPresent(d -> conditions.add(new GateSpec.Condition.BetterBy(d)));
        if (annotation.decided()) {
            conditions.add(new GateSpec.Condition.Decided());
        }
        if (annotation.calibrated()) {
            conditions.add(new GateSpec.Condition.Calibrated());
        }
        if (conditions.size() != 1) {
            problems.add(Problem.of(source, "@Gate" + (annotation.name().isEmpty() ? "" : "(name = \""
                    + annotation.name() + "\")") + " states exactly one condition: min and/or max, nonInferiorMargin, "
                    + "betterBy, decided or calibrated; it has " + conditions.size()));
            return Optional.empty();
        }
        Optional<String> metric = text(annotation.metric());
        Optional<String> variant = text(annotation.variant());
        String name = text(annotation.name()).orElseGet(() -> DecisionChecks.gateName(conditions.get(0), metric,
                variant, compare));
        return Optional.of(new GateSpec(name, conditions.get(0), metric, variant, annotation.allowInconclusive(), 0,
                at));
    }

    private Blame blame(String annotation) {
        return (field, message) -> Problem.of(source, annotation + " " + field + ": " + message);
    }

    private static OptionalDouble number(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Optional<String> text(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
