package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.VariantDefinition;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.winner.WinnerDecision;
import dev.evalunit.stats.ProportionResult;
import dev.evalunit.stats.SampleMoments;
import dev.evalunit.stats.SampleRatioCheck;
import dev.evalunit.stats.SequentialLook;
import dev.evalunit.stats.SequentialState;
import dev.evalunit.stats.SequentialTest;
import dev.evalunit.stats.SrmResult;
import dev.evalunit.stats.Summary;
import dev.evalunit.stats.TwoProportionTest;
import dev.evalunit.stats.WelchResult;
import dev.evalunit.stats.WelchTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Analyses the recorded events of one experiment phase with the stats module: per-variant latency, rating,
 * error rate and cost; Welch's t-test and two-proportion tests of each treatment against the control; the
 * sample-ratio-mismatch check of assigned units; the always-valid sequential test of the primary metric,
 * looked at once per UTC day of data; and the decision. Events of other experiments or phases are ignored.
 */
public final class ExperimentAnalyzer {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final double CONFIDENCE = 0.95;

    private ExperimentAnalyzer() {
    }

    public static ExperimentResults analyze(ExperimentDefinition definition, List<MetricEvent> events, AnalysisPlan plan) {
        Map<String, ArmData> arms = new LinkedHashMap<>();
        for (VariantDefinition variant : definition.variants()) {
            arms.put(variant.id(), new ArmData(variant.id()));
        }
        for (MetricEvent event : events) {
            if (!event.experimentId().equals(definition.id()) || event.phase() != definition.phase()) {
                continue;
            }
            ArmData arm = arms.get(event.variantId());
            if (arm == null) {
                throw new IllegalArgumentException("an event of experiment '" + definition.id() + "' phase "
                        + definition.phase() + " names variant '" + event.variantId() + "', which the definition does not have "
                        + arms.keySet());
            }
            if (event instanceof MetricEvent.Assigned) {
                arm.units.add(event.unitId());
            } else if (event instanceof MetricEvent.Observed observed) {
                arm.observe(observed.timestamp().toEpochMilli(), observed.outcome());
            }
        }
        List<VariantResults> variants = arms.values().stream().map(ExperimentAnalyzer::summarize).toList();
        Optional<SrmResult> srm = sampleRatio(definition, arms);
        ArmData control = arms.get(definition.control().id());
        List<TreatmentResults> treatments = new ArrayList<>();
        for (VariantDefinition variant : definition.variants().subList(1, definition.variants().size())) {
            treatments.add(compare(control, arms.get(variant.id()), srm, plan));
        }
        return new ExperimentResults(definition.id(), definition.phase(), plan, variants, srm, treatments);
    }

    private static VariantResults summarize(ArmData arm) {
        double[] latencies = arm.values(Metric.LATENCY, Long.MAX_VALUE);
        double[] ratings = arm.values(Metric.RATING, Long.MAX_VALUE);
        double[] costs = arm.values(Metric.COST, Long.MAX_VALUE);
        long[] errors = arm.counts(Metric.ERROR_RATE, Long.MAX_VALUE);
        long[] successes = arm.counts(Metric.SUCCESS_RATE, Long.MAX_VALUE);
        double totalCost = 0;
        for (double cost : costs) {
            totalCost += cost;
        }
        return new VariantResults(arm.variantId, arm.units.size(), errors[1], errors[0],
                latencies.length == 0 ? Optional.empty() : Optional.of(Summary.of(latencies)),
                ratings.length == 0 ? Optional.empty() : Optional.of(Summary.of(ratings)),
                totalCost, costs.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(totalCost / costs.length),
                successes[0], successes[1]);
    }

    private static Optional<SrmResult> sampleRatio(ExperimentDefinition definition, Map<String, ArmData> arms) {
        long[] observed = arms.values().stream().mapToLong(arm -> arm.units.size()).toArray();
        if (observed.length < 2 || java.util.Arrays.stream(observed).sum() == 0) {
            return Optional.empty();
        }
        double[] weights = definition.variants().stream().mapToDouble(VariantDefinition::weight).toArray();
        return Optional.of(SampleRatioCheck.check(observed, weights));
    }

    private static TreatmentResults compare(ArmData control, ArmData treatment, Optional<SrmResult> srm, AnalysisPlan plan) {
        List<MetricComparison> comparisons = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            comparison(metric, control, treatment).ifPresent(comparisons::add);
        }
        SequentialState state = dailyLooks(control, treatment, plan);
        Decision decision = decide(control, treatment, srm, plan, state, comparisons);
        return new TreatmentResults(treatment.variantId, comparisons, state, decision.verdict, decision.reason);
    }

    private static Optional<MetricComparison> comparison(Metric metric, ArmData control, ArmData treatment) {
        if (metric.proportion()) {
            long[] a = control.counts(metric, Long.MAX_VALUE);
            long[] b = treatment.counts(metric, Long.MAX_VALUE);
            if (a[1] == 0 || b[1] == 0) {
                return Optional.empty();
            }
            ProportionResult r = TwoProportionTest.test(a[0], a[1], b[0], b[1], CONFIDENCE);
            return Optional.of(new MetricComparison(metric, "two-proportion", r.rateA(), r.rateB(), r.difference(),
                    r.ciLow(), r.ciHigh(), r.pValue()));
        }
        double[] a = control.values(metric, Long.MAX_VALUE);
        double[] b = treatment.values(metric, Long.MAX_VALUE);
        if (a.length < 2 || b.length < 2) {
            return Optional.empty();
        }
        WelchResult r = WelchTest.test(a, b, CONFIDENCE);
        return Optional.of(new MetricComparison(metric, "welch", r.meanA(), r.meanB(), r.difference(), r.ciLow(),
                r.ciHigh(), r.pValue()));
    }

    /** Folds one sequential look per UTC day that has data, each over all data up to that day's end. */
    private static SequentialState dailyLooks(ArmData control, ArmData treatment, AnalysisPlan plan) {
        TreeSet<Long> dayEnds = new TreeSet<>();
        for (List<Long> times : List.of(control.times, treatment.times)) {
            for (long time : times) {
                dayEnds.add(Math.floorDiv(time, DAY_MILLIS) * DAY_MILLIS + DAY_MILLIS);
            }
        }
        SequentialState state = SequentialState.start();
        for (long cutoff : dayEnds) {
            Optional<SequentialLook> look = look(plan, control, treatment, cutoff);
            if (look.isPresent()) {
                state = state.after(look.get());
            }
        }
        return state;
    }

    private static Optional<SequentialLook> look(AnalysisPlan plan, ArmData control, ArmData treatment, long cutoff) {
        Metric metric = plan.primary();
        if (metric.proportion()) {
            long[] a = control.counts(metric, cutoff);
            long[] b = treatment.counts(metric, cutoff);
            return a[1] == 0 || b[1] == 0 ? Optional.empty()
                    : Optional.of(SequentialTest.proportions(a[0], a[1], b[0], b[1], plan.tau(), plan.alpha()));
        }
        double[] a = control.values(metric, cutoff);
        double[] b = treatment.values(metric, cutoff);
        return a.length < 2 || b.length < 2 ? Optional.empty()
                : Optional.of(SequentialTest.means(SampleMoments.of(a), SampleMoments.of(b), plan.tau(), plan.alpha()));
    }

    private record Decision(WinnerDecision verdict, String reason) {
    }

    private static Decision decide(ArmData control, ArmData treatment, Optional<SrmResult> srm, AnalysisPlan plan,
                                   SequentialState state, List<MetricComparison> comparisons) {
        Metric metric = plan.primary();
        long nControl = control.observations(metric);
        long nTreatment = treatment.observations(metric);
        if (nControl < plan.minSamplesPerArm() || nTreatment < plan.minSamplesPerArm()) {
            return new Decision(WinnerDecision.CONTINUE, "need at least " + plan.minSamplesPerArm() + " observations of "
                    + name(metric) + " per arm; control has " + nControl + ", " + treatment.variantId + " has " + nTreatment);
        }
        if (srm.isPresent() && srm.get().mismatch()) {
            return new Decision(WinnerDecision.CONTINUE, format("sample ratio mismatch (chi-square %.2f, p = %.2g < %.3g): "
                    + "units are not split as the weights say, so the comparison is not trustworthy; fix the assignment first",
                    srm.get().chiSquare(), srm.get().pValue(), srm.get().threshold()));
        }
        Optional<MetricComparison> errors = comparisons.stream().filter(c -> c.metric() == Metric.ERROR_RATE).findFirst();
        if (metric != Metric.ERROR_RATE && errors.isPresent() && errors.get().difference() > 0
                && errors.get().pValue() < plan.alpha()) {
            return new Decision(WinnerDecision.KEEP_CONTROL, format("%s's error rate %.2f%% is significantly above the "
                    + "control's %.2f%% (p = %.2g)", treatment.variantId, errors.get().treatment() * 100,
                    errors.get().control() * 100, errors.get().pValue()));
        }
        double sign = metric.higherIsBetter() ? 1 : -1;
        double estimate = sign * (treatment.observations(metric) == 0 ? 0 : pointDifference(comparisons, metric));
        double low = Math.min(sign * state.ciLow(), sign * state.ciHigh());
        double high = Math.max(sign * state.ciLow(), sign * state.ciHigh());
        String interval = format("improvement %+.4g, always-valid %.0f%% interval [%.4g, %.4g], p = %.2g after %d daily looks",
                estimate, (1 - plan.alpha()) * 100, low, high, state.pValue(), state.looks());
        if (low > 0 && estimate >= plan.minimumEffect()) {
            return new Decision(WinnerDecision.SHIP_TREATMENT, name(metric) + ": " + interval);
        }
        if (high < 0) {
            return new Decision(WinnerDecision.KEEP_CONTROL, name(metric) + ": " + interval);
        }
        if (low > -plan.minimumEffect() && high < plan.minimumEffect() || low > 0) {
            return new Decision(WinnerDecision.NO_DIFFERENCE, name(metric) + ": " + interval + format(
                    "; any difference is smaller than the minimum effect %.4g", plan.minimumEffect()));
        }
        return new Decision(WinnerDecision.CONTINUE, name(metric) + ": " + interval + "; not conclusive yet");
    }

    private static double pointDifference(List<MetricComparison> comparisons, Metric metric) {
        return comparisons.stream().filter(c -> c.metric() == metric).findFirst().map(MetricComparison::difference).orElse(0.0);
    }

    private static String name(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
