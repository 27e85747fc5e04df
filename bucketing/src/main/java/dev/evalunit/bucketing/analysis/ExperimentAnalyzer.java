package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.VariantDefinition;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.stats.Cuped;
import dev.evalunit.stats.CupedResult;
import dev.evalunit.stats.DeltaMethod;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.PValueAdjustment;
import dev.evalunit.stats.RatioResult;
import dev.evalunit.stats.SampleRatioCheck;
import dev.evalunit.stats.SequentialLook;
import dev.evalunit.stats.SequentialState;
import dev.evalunit.stats.SequentialTest;
import dev.evalunit.stats.SrmResult;
import dev.evalunit.stats.Summary;
import dev.evalunit.stats.TreatmentVerdict;
import dev.evalunit.stats.UnitTotals;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Analyses the recorded events of one experiment phase with the stats module: per-variant latency, rating,
 * error rate and cost; each treatment against the control on every metric at the unit of randomisation (per-user
 * sums and counts, ratio metrics by the delta method, relative lift, a one-sided "worse" test for guardrails,
 * Holm-adjusted over the treatments); the sample-ratio-mismatch check of assigned units; the always-valid
 * sequential test of the primary metric, looked at once per UTC day of data from the first day both arms hold
 * {@link SequentialTest#MINIMUM_PER_ARM} units; and the decision, with alpha split over the treatments
 * (Bonferroni). Events of other experiments or phases are ignored.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentAnalyzer {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final double CONFIDENCE = 0.95;

    private ExperimentAnalyzer() {
    }

    public static ExperimentResults analyze(ExperimentDefinition definition, List<MetricEvent> events, AnalysisPlan plan) {
        return analyze(definition, events, plan, Map.of());
    }

    /**
     * Analyses with a pre-period covariate per unit (e.g. each user's mean of the primary metric in the weeks
     * before the experiment): each treatment also gets the CUPED comparison of the primary metric's per-user
     * means, over the units that have both. Units without a covariate are left out of that comparison only.
     *
     * @param preperiod the covariate by unit id
     */
    public static ExperimentResults analyze(ExperimentDefinition definition, List<MetricEvent> events, AnalysisPlan plan,
                                            Map<String, Double> preperiod) {
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
                arm.observe(observed.timestamp().toEpochMilli(), observed.unitId(), observed.outcome());
            }
        }
        List<VariantResults> variants = arms.values().stream().map(ExperimentAnalyzer::summarize).toList();
        Optional<SrmResult> srm = sampleRatio(definition, arms);
        ArmData control = arms.get(definition.control().id());
        List<VariantDefinition> treated = definition.variants().subList(1, definition.variants().size());
        double alpha = plan.alpha() / Math.max(1, treated.size());
        List<List<OnlineComparison>> raw = treated.stream()
                .map(v -> comparisons(control, arms.get(v.id()))).toList();
        List<List<OnlineComparison>> adjusted = adjustOverTreatments(raw);
        List<TreatmentResults> treatments = new ArrayList<>();
        for (int i = 0; i < treated.size(); i++) {
            ArmData treatment = arms.get(treated.get(i).id());
            SequentialState state = dailyLooks(control, treatment, plan, alpha);
            Decision decision = decide(control, treatment, srm, plan, alpha, state, adjusted.get(i));
            treatments.add(new TreatmentResults(treatment.variantId, adjusted.get(i), state, decision.verdict,
                    decision.reason, cuped(plan.primary(), control, treatment, preperiod)));
        }
        return new ExperimentResults(definition.id(), definition.phase(), plan, variants, srm, treatments);
    }

    private static VariantResults summarize(ArmData arm) {
        double[] latencies = arm.values(OnlineMetric.LATENCY, Long.MAX_VALUE);
        double[] ratings = arm.values(OnlineMetric.RATING, Long.MAX_VALUE);
        double[] costs = arm.values(OnlineMetric.COST, Long.MAX_VALUE);
        long[] errors = arm.counts(OnlineMetric.ERROR_RATE, Long.MAX_VALUE);
        long[] successes = arm.counts(OnlineMetric.SUCCESS_RATE, Long.MAX_VALUE);
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

    private static List<OnlineComparison> comparisons(ArmData control, ArmData treatment) {
        List<OnlineComparison> comparisons = new ArrayList<>();
        for (OnlineMetric metric : OnlineMetric.values()) {
            comparison(metric, control, treatment).ifPresent(comparisons::add);
        }
        return comparisons;
    }

    private static Optional<OnlineComparison> comparison(OnlineMetric metric, ArmData control, ArmData treatment) {
        Optional<UnitTotals> a = control.totals(metric, Long.MAX_VALUE);
        Optional<UnitTotals> b = treatment.totals(metric, Long.MAX_VALUE);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        RatioResult r = DeltaMethod.compare(a.get(), b.get(), CONFIDENCE);
        return Optional.of(new OnlineComparison(metric, "delta-method", r.control(), r.treatment(), r.difference(),
                r.ciLow(), r.ciHigh(), r.pValue(), a.get().units(), b.get().units(),
                metric.direction() == Direction.HIGHER ? r.pValueBelow() : r.pValueAbove(), r.pValue(),
                r.hasLift() ? Optional.of(new Lift(r.lift(), r.liftLow(), r.liftHigh())) : Optional.empty()));
    }

    private static Optional<CupedResult> cuped(OnlineMetric metric, ArmData control, ArmData treatment,
                                               Map<String, Double> preperiod) {
        if (preperiod.isEmpty()) {
            return Optional.empty();
        }
        double[][] a = control.unitMeansWith(metric, preperiod);
        double[][] b = treatment.unitMeansWith(metric, preperiod);
        return a[0].length < 2 || b[0].length < 2 ? Optional.empty()
                : Optional.of(Cuped.compare(a[0], a[1], b[0], b[1], CONFIDENCE));
    }

    /** Holm over the treatments, metric by metric: each metric's p-values form one family. */
    private static List<List<OnlineComparison>> adjustOverTreatments(List<List<OnlineComparison>> raw) {
        List<List<OnlineComparison>> out = new ArrayList<>();
        raw.forEach(list -> out.add(new ArrayList<>(list)));
        for (OnlineMetric metric : OnlineMetric.values()) {
            List<int[]> at = new ArrayList<>();
            for (int t = 0; t < raw.size(); t++) {
                for (int j = 0; j < raw.get(t).size(); j++) {
                    if (raw.get(t).get(j).metric() == metric) {
                        at.add(new int[] {t, j});
                    }
                }
            }
            if (at.isEmpty()) {
                continue;
            }
            double[] adjusted = PValueAdjustment.holm(at.stream().mapToDouble(i -> raw.get(i[0]).get(i[1]).pValue())
                    .toArray());
            for (int k = 0; k < at.size(); k++) {
                OnlineComparison c = raw.get(at.get(k)[0]).get(at.get(k)[1]);
                out.get(at.get(k)[0]).set(at.get(k)[1], new OnlineComparison(c.metric(), c.test(), c.control(),
                        c.treatment(), c.difference(), c.ciLow(), c.ciHigh(), c.pValue(), c.controlUnits(),
                        c.treatmentUnits(), c.pValueWorse(), adjusted[k], c.lift()));
            }
        }
        return out;
    }

    /** Folds one sequential look per UTC day that has data, each over all data up to that day's end. */
    private static SequentialState dailyLooks(ArmData control, ArmData treatment, AnalysisPlan plan, double alpha) {
        TreeSet<Long> dayEnds = new TreeSet<>();
        for (List<Long> times : List.of(control.times, treatment.times)) {
            for (long time : times) {
                dayEnds.add(Math.floorDiv(time, DAY_MILLIS) * DAY_MILLIS + DAY_MILLIS);
            }
        }
        SequentialState state = SequentialState.start();
        for (long cutoff : dayEnds) {
            Optional<SequentialLook> look = look(plan, alpha, control, treatment, cutoff);
            if (look.isPresent()) {
                state = state.after(look.get());
            }
        }
        return state;
    }

    /** A look per unit by the delta method, once both arms hold the sequential test's minimum of units. */
    private static Optional<SequentialLook> look(AnalysisPlan plan, double alpha, ArmData control, ArmData treatment,
                                                 long cutoff) {
        OnlineMetric metric = plan.primary();
        if (!SequentialTest.ready(control.unitsWith(metric, cutoff), treatment.unitsWith(metric, cutoff))) {
            return Optional.empty();
        }
        Optional<UnitTotals> a = control.totals(metric, cutoff);
        Optional<UnitTotals> b = treatment.totals(metric, cutoff);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        RatioResult r = DeltaMethod.compare(a.get(), b.get(), CONFIDENCE);
        return Optional.of(SequentialTest.difference(r.difference(), r.se() * r.se(), plan.tau(), alpha));
    }

    private record Decision(TreatmentVerdict verdict, String reason) {
    }

    private static Decision decide(ArmData control, ArmData treatment, Optional<SrmResult> srm, AnalysisPlan plan,
                                   double alpha, SequentialState state, List<OnlineComparison> comparisons) {
        OnlineMetric metric = plan.primary();
        long nControl = control.observations(metric);
        long nTreatment = treatment.observations(metric);
        if (nControl < plan.minSamplesPerArm() || nTreatment < plan.minSamplesPerArm()) {
            return new Decision(TreatmentVerdict.CONTINUE, "need at least " + plan.minSamplesPerArm() + " observations of "
                    + name(metric) + " per arm; control has " + nControl + ", " + treatment.variantId + " has " + nTreatment);
        }
        if (srm.isPresent() && srm.get().mismatch()) {
            return new Decision(TreatmentVerdict.CONTINUE, format("sample ratio mismatch (chi-square %.2f, p = %.2g < %.3g): "
                    + "units are not split as the weights say, so the comparison is not trustworthy; fix the assignment first",
                    srm.get().chiSquare(), srm.get().pValue(), srm.get().threshold()));
        }
        Optional<OnlineComparison> errors = comparisons.stream().filter(c -> c.metric() == OnlineMetric.ERROR_RATE).findFirst();
        if (metric != OnlineMetric.ERROR_RATE && errors.isPresent() && errors.get().pValueWorse() < alpha) {
            return new Decision(TreatmentVerdict.KEEP_CONTROL, format("%s's error rate %.2f%% is significantly above the "
                    + "control's %.2f%% (one-sided guardrail test per user, p = %.2g < %.3g)", treatment.variantId,
                    errors.get().treatment() * 100, errors.get().control() * 100, errors.get().pValueWorse(), alpha));
        }
        Direction direction = metric.direction();
        double estimate = direction.orient(treatment.observations(metric) == 0 ? 0
                : pointDifference(comparisons, metric));
        double low = Math.min(direction.orient(state.ciLow()), direction.orient(state.ciHigh()));
        double high = Math.max(direction.orient(state.ciLow()), direction.orient(state.ciHigh()));
        String interval = format("improvement %+.4g, always-valid %s%% interval [%.4g, %.4g], p = %.2g after %d daily looks"
                        + " (per user, from %d users per arm on)", estimate, new java.math.BigDecimal((1 - alpha) * 100)
                        .round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString(), low, high, state.pValue(),
                state.looks(), SequentialTest.MINIMUM_PER_ARM);
        if (low > 0 && estimate >= plan.minimumEffect()) {
            return new Decision(TreatmentVerdict.SHIP_TREATMENT, name(metric) + ": " + interval);
        }
        if (high < 0) {
            return new Decision(TreatmentVerdict.KEEP_CONTROL, name(metric) + ": " + interval);
        }
        if (low > -plan.minimumEffect() && high < plan.minimumEffect() || low > 0) {
            return new Decision(TreatmentVerdict.NO_DIFFERENCE, name(metric) + ": " + interval + format(
                    "; any difference is smaller than the minimum effect %.4g", plan.minimumEffect()));
        }
        return new Decision(TreatmentVerdict.CONTINUE, name(metric) + ": " + interval + "; not conclusive yet");
    }

    private static double pointDifference(List<OnlineComparison> comparisons, OnlineMetric metric) {
        return comparisons.stream().filter(c -> c.metric() == metric).findFirst().map(OnlineComparison::difference).orElse(0.0);
    }

    private static String name(OnlineMetric metric) {
        return metric.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
