package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.stats.Direction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks {@code compare}, {@code gates} and {@code export} against the suite they belong to, whatever its
 * format: known baseline, variants and metrics, sensible numbers, gates that need a comparison having one,
 * and no two gates that contradict each other.
 */
final class DecisionChecks {

    private final Problems problems;
    private final DeclaredNames variants;
    private final DeclaredNames metrics;

    /**
     * @param variants      the suite's variant ids
     * @param scorerMetrics the metric names its scorers emit (incomplete when a scorer could not be created)
     */
    DecisionChecks(Problems problems, DeclaredNames variants, DeclaredNames scorerMetrics) {
        this.problems = problems;
        this.variants = variants;
        Set<String> metricNames = new LinkedHashSet<>(scorerMetrics.names());
        for (BuiltInMetric builtIn : BuiltInMetric.values()) {
            metricNames.add(builtIn.metric());
        }
        this.metrics = new DeclaredNames(metricNames, scorerMetrics.complete());
    }

    void compare(CompareSpec spec, Blame blame) {
        if (variants.names().isEmpty()) {
            // no variant could be read: that problem is reported already, and every name would look unknown
            return;
        }
        if (variants.lacks(spec.baseline())) {
            problems.add(blame.at("baseline", "compare.baseline '" + spec.baseline() + "' is not a variant of the suite"
                    + Suggestions.hint(spec.baseline(), variants.names()) + "; variants: "
                    + String.join(", ", variants.names())));
        } else if (variants.complete() && variants.names().size() < 2) {
            problems.add(blame.at("baseline", "compare needs at least 2 variants; the suite has only '"
                    + spec.baseline() + "'"));
        }
        if (metric(spec.primary(), "compare.primary", "primary", blame)
                && !BuiltInMetric.named(spec.primary()).map(BuiltInMetric::paired).orElse(true)) {
            problems.add(blame.at("primary", "compare.primary '" + spec.primary()
                    + "' is one value per variant and has no paired difference; choose a per-sample metric"));
        }
        spec.secondary().forEach(m -> metric(m, "compare.secondary", "secondary", blame));
        spec.directions().keySet().forEach(m -> metric(m, "compare.directions", "directions", blame));
        if (!(spec.alpha() > 0 && spec.alpha() < 1)) {
            problems.add(blame.at("alpha", "compare.alpha must lie strictly between 0 and 1 (e.g. 0.05), was "
                    + spec.alpha()));
        }
        if (!(spec.minEffect() >= 0)) {
            problems.add(blame.at("minEffect", "compare.minEffect must be 0 or more (in the primary metric's units), was "
                    + spec.minEffect()));
        }
    }

    void gate(GateSpec gate, Optional<CompareSpec> compare, Blame blame) {
        boolean decided = gate.condition() instanceof GateSpec.Condition.Decided;
        if (decided && gate.metric().isPresent()) {
            problems.add(blame.at("metric", "gate '" + gate.name() + "' checks the decision on compare.primary; "
                    + "remove its 'metric'"));
        } else if (!decided && gate.metric().isEmpty()) {
            problems.add(blame.at("metric", "gate '" + gate.name() + "' needs a 'metric'"));
        }
        gate.metric().ifPresent(m -> metric(m, "gate '" + gate.name() + "' metric", "metric", blame));
        gate.variant().filter(v -> !variants.names().isEmpty() && variants.lacks(v)).ifPresent(v -> problems.add(
                blame.at("variant", "gate '" + gate.name() + "' names variant '" + v + "', which is not a variant of "
                + "the suite" + Suggestions.hint(v, variants.names()) + "; variants: "
                        + String.join(", ", variants.names()))));
        if (gate.condition() instanceof GateSpec.Condition.Calibrated) {
            gate.metric().flatMap(BuiltInMetric::named).ifPresent(b -> problems.add(blame.at("metric", "gate '"
                    + gate.name() + "' checks a judge's calibration, but '" + b.metric() + "' is measured by the engine")));
            return;
        }
        if (gate.condition() instanceof GateSpec.Condition.Bounds threshold) {
            if (threshold.min().isPresent() && threshold.max().isPresent()
                    && threshold.min().getAsDouble() > threshold.max().getAsDouble()) {
                problems.add(blame.at("min", "gate '" + gate.name() + "' can never pass: min "
                        + threshold.min().getAsDouble() + " is above max " + threshold.max().getAsDouble()));
            }
            return;
        }
        if (compare.isEmpty()) {
            problems.add(blame.at("metric", "gate '" + gate.name() + "' (" + gate.condition().kind()
                    + ") compares with the baseline, so the suite needs a 'compare' block"));
            return;
        }
        gate.variant().filter(v -> v.equals(compare.get().baseline())).ifPresent(v -> problems.add(blame.at("variant",
                "gate '" + gate.name() + "' compares variant '" + v + "' with itself: it is the baseline")));
        gate.metric().flatMap(BuiltInMetric::named).filter(b -> !b.paired()).ifPresent(b -> problems.add(
                blame.at("metric", "gate '" + gate.name() + "' needs a paired difference, but '" + b.metric()
                        + "' is one value per variant; use a threshold (min/max) instead")));
        if (gate.condition() instanceof GateSpec.Condition.NonInferior n && !(n.margin() >= 0)) {
            problems.add(blame.at("nonInferiorMargin", "gate '" + gate.name()
                    + "' nonInferiorMargin is the largest acceptable loss and must be 0 or more, was " + n.margin()));
        }
    }

    /** Threshold gates on the same metric and variant whose bounds cannot both hold. */
    void contradictions(List<GateSpec> gates, Function<GateSpec, Blame> blame) {
        List<GateSpec> thresholds = gates.stream().filter(g -> g.condition() instanceof GateSpec.Condition.Bounds)
                .toList();
        for (GateSpec low : thresholds) {
            for (GateSpec high : thresholds) {
                var min = ((GateSpec.Condition.Bounds) low.condition()).min();
                var max = ((GateSpec.Condition.Bounds) high.condition()).max();
                if (low != high && low.metric().equals(high.metric()) && overlap(low, high) && min.isPresent()
                        && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                    problems.add(blame.apply(low).at("min", String.format(Locale.ROOT,
                            "gates '%s' and '%s' contradict each other: %s of %s must be ≥ %s and ≤ %s", low.name(),
                            high.name(), low.metric().orElse("?"), low.variant().or(high::variant).orElse("every variant"),
                            min.getAsDouble(), max.getAsDouble())
                            + (high.line() > 0 ? " (the other gate is at line " + high.line() + ")" : "")));
                }
            }
        }
    }

    void names(List<GateSpec> gates, Function<GateSpec, Blame> blame) {
        Set<String> seen = new HashSet<>();
        for (GateSpec gate : gates) {
            if (!seen.add(gate.name())) {
                problems.add(blame.apply(gate).at("name", "duplicate gate '" + gate.name()
                        + "'; give one of them a different 'name'"));
            }
        }
    }

    void export(ExportSpec export, Optional<CompareSpec> compare, Blame blame) {
        if (compare.isEmpty()) {
            problems.add(blame.at("experimentId", "export writes the comparison's winner, so the suite needs a "
                    + "'compare' block"));
        }
        if (export.experimentId().isBlank()) {
            problems.add(blame.at("experimentId", "export.experimentId must not be blank"));
        }
    }

    private static boolean overlap(GateSpec a, GateSpec b) {
        return a.variant().isEmpty() || b.variant().isEmpty() || a.variant().equals(b.variant());
    }

    private boolean metric(String name, String what, String field, Blame blame) {
        if (!metrics.lacks(name)) {
            return true;
        }
        problems.add(blame.at(field, what + " '" + name + "' is not a metric of the suite"
                + Suggestions.hint(name, metrics.names()) + "; metrics: "
                + String.join(", ", metrics.names())));
        return false;
    }

    /**
     * The metric names a suite's scorers emit: those a scorer names itself ({@link Scorer#metrics}),
     * else its {@code metric} option, else its name.
     *
     * @param allCreated whether every declared scorer could be created (an unknown one emits metrics nobody knows)
     */
    static DeclaredNames scorerMetrics(List<SuiteScorer> scorers, boolean allCreated) {
        Set<String> names = new LinkedHashSet<>();
        scorers.forEach(scorer -> names.addAll(metrics(scorer)));
        return new DeclaredNames(names, allCreated);
    }

    /**
     * The directions the suite's scorers declare ({@link Scorer#direction}) where they differ from higher, under
     * the suite's own {@code compare.directions}, which win.
     */
    static Map<String, Direction> directions(List<SuiteScorer> scorers, Map<String, Direction> suite) {
        Map<String, Direction> directions = new LinkedHashMap<>();
        for (SuiteScorer scorer : scorers) {
            scorer.scorer().map(Scorer::direction).filter(d -> !d.equals(Direction.HIGHER))
                    .ifPresent(d -> metrics(scorer).forEach(m -> directions.put(m, d)));
        }
        directions.putAll(suite);
        return directions;
    }

    private static Set<String> metrics(SuiteScorer scorer) {
        Set<String> own = scorer.scorer().map(Scorer::metrics).orElse(Set.of());
        if (!own.isEmpty()) {
            return own;
        }
        Object renamed = scorer.spec().options().get("metric");
        return Set.of(renamed instanceof String text && !text.isBlank() ? text : scorer.spec().name());
    }

    /** Default gate names, readable in a test tree. */
    static String gateName(GateSpec.Condition condition, Optional<String> metric, Optional<String> variant,
                           Optional<CompareSpec> compare) {
        String who = variant.orElse(condition instanceof GateSpec.Condition.Bounds
                || condition instanceof GateSpec.Condition.Calibrated ? "every variant" : "every treatment");
        String base = compare.map(CompareSpec::baseline).orElse("the baseline");
        String on = metric.orElse("?");
        if (condition instanceof GateSpec.Condition.Bounds t) {
            List<String> bounds = new ArrayList<>();
            t.min().ifPresent(v -> bounds.add("≥ " + number(v)));
            t.max().ifPresent(v -> bounds.add("≤ " + number(v)));
            return on + " of " + who + " " + String.join(" and ", bounds);
        }
        if (condition instanceof GateSpec.Condition.NonInferior n) {
            return on + " of " + who + " not worse than " + base + " by " + number(n.margin()) + " or more";
        }
        if (condition instanceof GateSpec.Condition.BetterBy b) {
            return on + " of " + who + " better than " + base + " by at least " + number(b.delta());
        }
        if (condition instanceof GateSpec.Condition.Calibrated) {
            return on + " judge calibrated on " + who;
        }
        return "decision on " + who + " is not CONTINUE";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
