package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.engine.suite.GateSpec;
import dev.evalunit.engine.suite.GateSpec.Condition;
import dev.evalunit.stats.DecisionRule;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Decides each gate from the run's observations and comparison. Thresholds compare a variant's value (the
 * mean over cases, or the variant-level value) with the bound; comparisons with the baseline use the interval
 * of the paired difference, never the point estimate, and a gate whose interval straddles its bound is
 * inconclusive, saying how many more cases or repeats would decide it.
 */
final class GateJudge {

    /** Confidence of threshold intervals in suites without a {@code compare} block. */
    private static final double DEFAULT_CONFIDENCE = 0.95;

    private final Observations observations;
    private final List<String> variants;
    private final Optional<CompareSpec> compare;
    private final Optional<Comparison> comparison;
    private final int repeats;
    private final MetricDescriber describer;
    private final double confidence;
    private final List<SuiteFinding> findings;

    /**
     * @param variants the suite's variant ids that ran, in suite order
     * @param repeats  the suite's repeats per case
     * @param findings the suite-level scorers' findings, where calibration gates look
     */
    public GateJudge(Observations observations, List<String> variants, Optional<CompareSpec> compare,
                     Optional<Comparison> comparison, int repeats, List<SuiteFinding> findings) {
        this.findings = List.copyOf(findings);
        this.observations = observations;
        this.variants = List.copyOf(variants);
        this.compare = compare;
        this.comparison = comparison;
        this.repeats = repeats;
        this.confidence = comparison.map(Comparison::confidence).orElse(DEFAULT_CONFIDENCE);
        this.describer = new MetricDescriber(observations, confidence);
    }

    public GateResult judge(GateSpec gate) {
        if (gate.condition() instanceof Condition.Bounds threshold) {
            return threshold(gate, threshold);
        }
        if (gate.condition() instanceof Condition.Calibrated) {
            return calibrated(gate);
        }
        CompareSpec spec = compare.orElseThrow();
        Comparison result = comparison.orElseThrow();
        List<String> treatments = gate.variant().map(List::of).orElseGet(() -> variants.stream()
                .filter(v -> !v.equals(spec.baseline())).toList());
        List<Verdict> verdicts = new ArrayList<>();
        for (String treatment : treatments) {
            verdicts.add(gate.condition() instanceof Condition.Decided ? decided(treatment, spec, result)
                    : versusBaseline(gate, treatment, spec, result));
        }
        return combine(gate, verdicts);
    }

    private GateResult threshold(GateSpec gate, Condition.Bounds bounds) {
        String metric = gate.metric().orElseThrow();
        List<String> checked = gate.variant().map(List::of).orElse(variants);
        List<String> required = new ArrayList<>();
        bounds.min().ifPresent(v -> required.add("≥ " + Numbers.format(v)));
        bounds.max().ifPresent(v -> required.add("≤ " + Numbers.format(v)));
        String requirement = metric + " " + String.join(" and ", required);
        List<Verdict> verdicts = new ArrayList<>();
        for (String variant : checked) {
            Optional<MetricStats> stats = describer.describe(variant, metric);
            if (stats.isEmpty()) {
                verdicts.add(new Verdict(GateResult.Status.FAILED, variant + ": no value of " + metric + " ("
                        + missing(variant, metric) + ")", ""));
                continue;
            }
            MetricStats s = stats.get();
            boolean holds = (bounds.min().isEmpty() || s.mean() >= bounds.min().getAsDouble())
                    && (bounds.max().isEmpty() || s.mean() <= bounds.max().getAsDouble());
            verdicts.add(new Verdict(holds ? GateResult.Status.PASSED : GateResult.Status.FAILED,
                    variant + " " + Numbers.format(s.mean()) + interval(s), ""));
        }
        return result(gate, requirement, verdicts);
    }

    /** Every calibration finding of the gate's metric, per checked variant, within its bars. */
    private GateResult calibrated(GateSpec gate) {
        String metric = gate.metric().orElseThrow();
        List<Verdict> verdicts = new ArrayList<>();
        for (String variant : gate.variant().map(List::of).orElse(variants)) {
            List<SuiteFinding.Calibration> found = findings.stream()
                    .filter(f -> f instanceof SuiteFinding.Calibration).map(f -> (SuiteFinding.Calibration) f)
                    .filter(c -> c.metric().equals(metric) && c.variantId().equals(variant)).toList();
            if (found.isEmpty()) {
                verdicts.add(new Verdict(GateResult.Status.FAILED, variant + ": no calibration of " + metric
                        + " (give its judge humanScore or humanLabel)", ""));
                continue;
            }
            for (SuiteFinding.Calibration calibration : found) {
                verdicts.add(new Verdict(calibration.flagged() ? GateResult.Status.FAILED : GateResult.Status.PASSED,
                        calibration.summary(), ""));
            }
        }
        return result(gate, metric + "'s judge agrees with the human labels or scores (every statistic at or "
                + "above its bar)", verdicts);
    }

    private Verdict versusBaseline(GateSpec gate, String treatment, CompareSpec spec, Comparison result) {
        String metric = gate.metric().orElseThrow();
        Optional<MetricDifference> found = result.metric(metric).flatMap(m -> m.difference(treatment));
        if (found.isEmpty()) {
            return new Verdict(GateResult.Status.INCONCLUSIVE, treatment + ": fewer than 2 cases where both "
                    + treatment + " and " + spec.baseline() + " have a value of " + metric,
                    "run the cases of both variants");
        }
        MetricDifference d = found.get();
        Direction direction = spec.direction(metric);
        double low = Math.min(direction.orient(d.ciLow()), direction.orient(d.ciHigh()));
        double high = Math.max(direction.orient(d.ciLow()), direction.orient(d.ciHigh()));
        double bound;
        GateResult.Status status;
        if (gate.condition() instanceof Condition.NonInferior n) {
            bound = -n.margin();
            status = DecisionRule.nonInferior(d.ciLow(), d.ciHigh(), n.margin(), direction) ? GateResult.Status.PASSED
                    : high < bound ? GateResult.Status.FAILED : GateResult.Status.INCONCLUSIVE;
        } else {
            bound = ((Condition.BetterBy) gate.condition()).delta();
            status = low > bound ? GateResult.Status.PASSED
                    : high < bound ? GateResult.Status.FAILED : GateResult.Status.INCONCLUSIVE;
        }
        String measured = String.format("%s: %s − %s = %s, %s%% CI [%s, %s] over %d cases", treatment, treatment,
                spec.baseline(), Numbers.format(d.difference()), Numbers.format(result.confidence() * 100),
                Numbers.format(d.ciLow()), Numbers.format(d.ciHigh()), d.cases());
        String more = status == GateResult.Status.INCONCLUSIVE ? more(Planner.of(
                observations.compared(spec.baseline(), metric, direction),
                observations.compared(treatment, metric, direction), spec.alpha()),
                direction.orient(d.difference()) - bound, "the observed distance from the bound") : "";
        return new Verdict(status, measured, more);
    }

    private Verdict decided(String treatment, CompareSpec spec, Comparison result) {
        Decision decision = result.decision(treatment).orElseThrow();
        String measured = treatment + ": " + decision.outcome() + " (" + decision.reason() + ")";
        if (decision.outcome() != TreatmentVerdict.CONTINUE) {
            return new Verdict(GateResult.Status.PASSED, measured, "");
        }
        Direction direction = spec.direction(spec.primary());
        Planner planner = Planner.of(observations.compared(spec.baseline(), spec.primary(), direction),
                observations.compared(treatment, spec.primary(), direction), spec.alpha());
        double effect = spec.minEffect() > 0 ? spec.minEffect() : decision.difference();
        return new Verdict(GateResult.Status.INCONCLUSIVE, measured, more(planner, effect,
                spec.minEffect() > 0 ? "the minimum effect" : "the observed difference"));
    }

    /** How much more data would detect {@code effect}, named by {@code what}, with the planning power. */
    private String more(Planner planner, double effect, String what) {
        OptionalLong cases = planner.casesNeeded(effect);
        OptionalInt repeatsNeeded = planner.repeatsNeeded(effect);
        if (cases.isEmpty()) {
            return "more cases would decide it (the variance cannot be estimated from "
                    + planner.cases() + " paired case(s) with no spread)";
        }
        long extra = Math.max(1, cases.getAsLong() - planner.cases());
        String text = "about " + extra + " more cases (" + Math.max(cases.getAsLong(), planner.cases() + 1)
                + " in all, at " + repeats + " repeat(s) per case)";
        if (repeatsNeeded.isPresent() && repeatsNeeded.getAsInt() > repeats) {
            text += " or " + repeatsNeeded.getAsInt() + " repeats per case with the current " + planner.cases()
                    + " cases";
        }
        return text + " would detect " + what + " (" + Numbers.format(Math.abs(effect)) + ") with "
                + Numbers.format(Planner.POWER * 100) + "% power";
    }

    private GateResult combine(GateSpec gate, List<Verdict> verdicts) {
        String requirement;
        if (gate.condition() instanceof Condition.NonInferior n) {
            requirement = gate.metric().orElseThrow() + " not worse than " + compare.orElseThrow().baseline()
                    + " by " + Numbers.format(n.margin()) + " or more (the whole interval above −"
                    + Numbers.format(n.margin()) + ")";
        } else if (gate.condition() instanceof Condition.BetterBy b) {
            requirement = gate.metric().orElseThrow() + " better than " + compare.orElseThrow().baseline()
                    + " by more than " + Numbers.format(b.delta()) + " (the whole interval above "
                    + Numbers.format(b.delta()) + ")";
        } else {
            requirement = "a decision on " + compare.orElseThrow().primary() + " other than CONTINUE";
        }
        return result(gate, requirement, verdicts);
    }

    private GateResult result(GateSpec gate, String requirement, List<Verdict> verdicts) {
        GateResult.Status status = verdicts.stream().anyMatch(v -> v.status() == GateResult.Status.FAILED)
                ? GateResult.Status.FAILED
                : verdicts.stream().anyMatch(v -> v.status() == GateResult.Status.INCONCLUSIVE)
                ? GateResult.Status.INCONCLUSIVE : GateResult.Status.PASSED;
        String measured = String.join("; ", verdicts.stream().map(Verdict::measured).toList());
        StringBuilder message = new StringBuilder("gate '").append(gate.name()).append("' ")
                .append(switch (status) {
                    case PASSED -> "passed";
                    case FAILED -> "failed";
                    case INCONCLUSIVE -> "is inconclusive" + (gate.allowInconclusive() ? " (allowed)" : "");
                })
                .append("\n  required: ").append(requirement).append("\n  measured: ").append(measured);
        verdicts.stream().filter(v -> !v.more().isEmpty())
                .forEach(v -> message.append("\n  to decide: ").append(v.more()));
        return new GateResult(gate.name(), gate.condition().kind(), gate.metric(), gate.variant(), status, requirement,
                measured, message.toString(), gate.allowInconclusive());
    }

    private String missing(String variant, String metric) {
        if (!observations.ran(variant)) {
            return "the variant did not run";
        }
        return BuiltInMetric.named(metric).map(b -> switch (b) {
            case COST_PER_REQUEST, COST_PER_SUCCESS -> "no price is known for its model, or no case passed";
            case INPUT_TOKENS, OUTPUT_TOKENS -> "its provider reported no token usage";
            case TTFT_MS -> "its samples were not streamed";
            case JUDGE_ERROR_RATE -> "no judge scored its samples";
            default -> "every sample ended in an error";
        }).orElse("every sample ended in an error or its scorer gave only error scores");
    }

    private String interval(MetricStats s) {
        String cases = s.cases() + " case" + (s.cases() == 1 ? "" : "s");
        if (s.ciLow().isEmpty()) {
            return " (" + cases + ")";
        }
        return " (" + Numbers.format(confidence * 100) + "% CI " + Numbers.format(s.ciLow().getAsDouble()) + " to " + Numbers.format(s.ciHigh().getAsDouble())
                + ", " + cases + ")";
    }

    /** One variant's part of a gate. */
    private record Verdict(GateResult.Status status, String measured, String more) {
    }
}
