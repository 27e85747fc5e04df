package dev.evalunit.engine;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.EarlyStopResult;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.stats.ConfidenceSequence;
import dev.evalunit.stats.DecisionRule;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.Interval;
import dev.evalunit.stats.TreatmentVerdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * The anytime-valid early stop of a run: the stop condition the run consults as cases complete. Every treatment
 * has a {@link ConfidenceSequence} for its paired per-case difference of the primary metric against the
 * baseline (a case's value is the mean over its repeats, so differences lie in [−1, 1] for a metric in [0, 1]);
 * a case enters the sequences once every variant's repeats of it are in, in the run's (random) submission order,
 * never in completion order, which a slow or failing provider could tie to the outcome. The stop is reached when
 * every treatment's sequence supports a decision by the suite's {@link DecisionRule}. Each sequence runs at the
 * suite's alpha split over the treatments (Bonferroni), so the chance that any of them ever misleads stays at
 * alpha.
 */
final class EarlyStop {

    static final String METHOD = "predictable plug-in empirical-Bernstein confidence sequence "
            + "(Waudby-Smith & Ramdas, JRSS B 2024)";

    private final CompareSpec compare;
    private final List<String> variantIds;
    private final Direction direction;
    private final double alpha;
    private final Map<String, ConfidenceSequence> sequences = new LinkedHashMap<>();
    private final Map<String, Map<String, OptionalDouble>> incomplete = new HashMap<>();
    private String note = "";

    EarlyStop(CompareSpec compare, List<String> variantIds) {
        this.compare = compare;
        this.variantIds = List.copyOf(variantIds);
        this.direction = compare.direction(compare.primary());
        List<String> treatments = variantIds.stream().filter(v -> !v.equals(compare.baseline())).toList();
        this.alpha = compare.alpha() / Math.max(1, treatments.size());
        treatments.forEach(t -> sequences.put(t, ConfidenceSequence.start(alpha, -1, 1)));
    }

    /**
     * The plan in the early stop's order: the cases shuffled with the seed, each case's variants together (in an
     * order shuffled too), so a prefix of the plan is a random sample of whole cases.
     */
    static List<CaseDescriptor> inRandomCaseOrder(List<CaseDescriptor> plan, long seed) {
        Map<String, List<CaseDescriptor>> byCase = new LinkedHashMap<>();
        plan.forEach(d -> byCase.computeIfAbsent(d.testCase().testCase().id(), id -> new ArrayList<>()).add(d));
        Random random = new Random(seed);
        List<List<CaseDescriptor>> blocks = new ArrayList<>(byCase.values());
        Collections.shuffle(blocks, random);
        List<CaseDescriptor> ordered = new ArrayList<>(plan.size());
        for (List<CaseDescriptor> block : blocks) {
            Collections.shuffle(block, random);
            ordered.addAll(block);
        }
        return ordered;
    }

    /** Adds one variant's repeats of a case; the case enters the sequences once every variant's are in. */
    void record(String variantId, String caseId, List<ScoredSample> repeats) {
        Map<String, OptionalDouble> values = incomplete.computeIfAbsent(caseId, c -> new HashMap<>());
        values.put(variantId, caseValue(repeats));
        if (values.size() < variantIds.size()) {
            return;
        }
        incomplete.remove(caseId);
        OptionalDouble baseline = values.get(compare.baseline());
        sequences.replaceAll((treatment, sequence) -> {
            OptionalDouble value = values.get(treatment);
            // a case either variant has no value for (every repeat failed) tells nothing about the difference
            return !note.isEmpty() || baseline.isEmpty() || value.isEmpty() ? sequence
                    : sequence.plus(value.getAsDouble() - baseline.getAsDouble());
        });
    }

    /** Whether every treatment's sequence supports a decision, so the remaining cases need not run. */
    boolean reached() {
        return note.isEmpty() && sequences.values().stream().allMatch(s -> outcome(s) != TreatmentVerdict.CONTINUE);
    }

    /** What the early stop did, for {@code summary.json}. */
    EarlyStopResult result(int casesRun, int cases, long callsPlanned, long callsMade) {
        List<EarlyStopResult.Treatment> treatments = new ArrayList<>();
        sequences.forEach((variant, s) -> treatments.add(new EarlyStopResult.Treatment(variant, s.count(), s.mean(),
                s.interval().low(), s.interval().high(), outcome(s))));
        return new EarlyStopResult(true, METHOD, compare.primary(), alpha, casesRun < cases, casesRun, cases,
                callsPlanned, callsMade, callsPlanned - callsMade, treatments, note);
    }

    private TreatmentVerdict outcome(ConfidenceSequence sequence) {
        if (sequence.count() == 0) {
            return TreatmentVerdict.CONTINUE;
        }
        Interval interval = sequence.interval();
        return DecisionRule.decide(interval.low(), interval.high(), compare.minEffect(), direction);
    }

    /** The case's primary-metric value: its mean over the repeats that have one. */
    private OptionalDouble caseValue(List<ScoredSample> repeats) {
        String metric = compare.primary();
        List<Double> values = new ArrayList<>();
        for (ScoredSample repeat : repeats) {
            PrimaryValue.of(repeat, metric).ifPresent(value -> values.add(direction.compared(value)));
        }
        OptionalDouble mean = values.stream().mapToDouble(Double::doubleValue).average();
        if (mean.isPresent() && (mean.getAsDouble() < 0 || mean.getAsDouble() > 1) && note.isEmpty()) {
            note = "the primary metric '" + metric + "' took the value " + mean.getAsDouble()
                    + ", outside [0, 1]; the early stop needs a metric in [0, 1], so the run went on to its last case";
        }
        return mean;
    }
}
