package dev.evalunit.web.analysis;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.VariantDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.stats.SampleRatioCheck;
import dev.evalunit.stats.SrmResult;
import dev.evalunit.stats.TreatmentVerdict;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The results of one experiment phase from its {@link ExperimentTotals}, analysed per unit (the unit of
 * randomisation): each metric's mean per observation with its delta-method standard error, each treatment's
 * difference from the control with a 95% normal interval and two-sided p-value, the sample-ratio-mismatch
 * check of assigned units, and a fixed-horizon decision on the plan's primary metric.
 *
 * @param experimentId the experiment
 * @param phase        its phase
 * @param arms         one per variant, control first
 * @param sampleRatio  the SRM check, when units were assigned
 * @param treatments   one per treatment
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OnlineResults(String experimentId, int phase, List<Arm> arms, Optional<SrmResult> sampleRatio,
                            List<Treatment> treatments) {

    private static final double Z_95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /**
     * One metric of one variant.
     *
     * @param units         units that observed it
     * @param observations  observations
     * @param mean          mean per observation
     * @param standardError delta-method standard error of the mean (NaN below two units)
     */
    public record Estimate(long units, double observations, double mean, double standardError) {
    }

    /**
     * One variant.
     *
     * @param variantId     the variant
     * @param assignedUnits distinct units assigned
     * @param metrics       the metrics it observed
     */
    public record Arm(String variantId, long assignedUnits, Map<OnlineMetric, Estimate> metrics) {
        public Arm {
            metrics = Map.copyOf(metrics);
        }
    }

    /**
     * A treatment against the control on one metric; {@code difference = treatment − control}.
     *
     * @param metric     the metric
     * @param difference the difference of means
     * @param ciLow      lower end of its 95% interval
     * @param ciHigh     upper end
     * @param pValue     two-sided p-value of no difference
     */
    public record OnlineDifference(OnlineMetric metric, double difference, double ciLow, double ciHigh, double pValue) {
    }

    /**
     * One treatment.
     *
     * @param variantId   the treatment
     * @param comparisons the metrics both arms observed by at least two units
     * @param decision    the verdict on the primary metric
     * @param reason      why, with the numbers
     */
    public record Treatment(String variantId, List<OnlineDifference> comparisons, TreatmentVerdict decision, String reason) {
        public Treatment {
            comparisons = List.copyOf(comparisons);
        }
    }

    /** Analyses {@code totals} of {@code definition}'s phase under {@code plan}. */
    public static OnlineResults analyze(ExperimentDefinition definition, ExperimentTotals totals, AnalysisPlan plan) {
        List<Arm> arms = new ArrayList<>();
        for (VariantDefinition variant : definition.variants()) {
            Map<OnlineMetric, Estimate> estimates = new EnumMap<>(OnlineMetric.class);
            for (OnlineMetric metric : OnlineMetric.values()) {
                MetricTotals t = totals.of(variant.id(), metric);
                if (t.units() > 0) {
                    estimates.put(metric, new Estimate(t.units(), t.sumN(), t.mean(), Math.sqrt(t.varianceOfMean())));
                }
            }
            arms.add(new Arm(variant.id(), totals.assignedUnits().getOrDefault(variant.id(), 0L), estimates));
        }
        Optional<SrmResult> srm = sampleRatio(definition, arms);
        VariantDefinition control = definition.control();
        List<Treatment> treatments = new ArrayList<>();
        for (VariantDefinition variant : definition.variants().subList(1, definition.variants().size())) {
            List<OnlineDifference> comparisons = new ArrayList<>();
            for (OnlineMetric metric : OnlineMetric.values()) {
                compare(totals.of(control.id(), metric), totals.of(variant.id(), metric), metric)
                        .ifPresent(comparisons::add);
            }
            treatments.add(decide(variant.id(), totals.of(control.id(), plan.primary()),
                    totals.of(variant.id(), plan.primary()), comparisons, srm, plan));
        }
        return new OnlineResults(definition.id(), definition.phase(), arms, srm, treatments);
    }

    private static Optional<SrmResult> sampleRatio(ExperimentDefinition definition, List<Arm> arms) {
        long[] observed = arms.stream().mapToLong(Arm::assignedUnits).toArray();
        if (observed.length < 2 || java.util.Arrays.stream(observed).sum() == 0) {
            return Optional.empty();
        }
        double[] weights = definition.variants().stream().mapToDouble(VariantDefinition::weight).toArray();
        return Optional.of(SampleRatioCheck.check(observed, weights));
    }

    private static Optional<OnlineDifference> compare(MetricTotals control, MetricTotals treatment, OnlineMetric metric) {
        if (control.units() < 2 || treatment.units() < 2) {
            return Optional.empty();
        }
        double difference = treatment.mean() - control.mean();
        double se = Math.sqrt(control.varianceOfMean() + treatment.varianceOfMean());
        double p = se > 0 ? 2 * new NormalDistribution().cumulativeProbability(-Math.abs(difference) / se)
                : difference == 0 ? 1 : Double.NaN;
        return Optional.of(new OnlineDifference(metric, difference, difference - Z_95 * se, difference + Z_95 * se, p));
    }

    private static Treatment decide(String variantId, MetricTotals control, MetricTotals treatment,
                                    List<OnlineDifference> comparisons, Optional<SrmResult> srm, AnalysisPlan plan) {
        OnlineMetric metric = plan.primary();
        String name = metric.name().toLowerCase(Locale.ROOT);
        if (control.units() < plan.minSamplesPerArm() || treatment.units() < plan.minSamplesPerArm()) {
            return new Treatment(variantId, comparisons, TreatmentVerdict.CONTINUE, String.format(Locale.ROOT,
                    "need at least %d units observing %s per arm; control has %d, %s has %d", plan.minSamplesPerArm(),
                    name, control.units(), variantId, treatment.units()));
        }
        if (srm.isPresent() && srm.get().mismatch()) {
            return new Treatment(variantId, comparisons, TreatmentVerdict.CONTINUE, String.format(Locale.ROOT,
                    "sample ratio mismatch (chi-square %.2f, p = %.2g): units are not split as the weights say",
                    srm.get().chiSquare(), srm.get().pValue()));
        }
        OnlineDifference primary = comparisons.stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
        double sign = metric.higherIsBetter() ? 1 : -1;
        double low = Math.min(sign * primary.ciLow(), sign * primary.ciHigh());
        double high = Math.max(sign * primary.ciLow(), sign * primary.ciHigh());
        String interval = String.format(Locale.ROOT, "%s difference %.4g, 95%% interval [%.4g, %.4g]", name,
                primary.difference(), primary.ciLow(), primary.ciHigh());
        if (low > 0 && sign * primary.difference() >= plan.minimumEffect()) {
            return new Treatment(variantId, comparisons, TreatmentVerdict.SHIP_TREATMENT, interval
                    + " is better and at least the minimum effect " + plan.minimumEffect());
        }
        if (high < 0) {
            return new Treatment(variantId, comparisons, TreatmentVerdict.KEEP_CONTROL, interval + " is worse");
        }
        if (low > -plan.minimumEffect() && high < plan.minimumEffect()) {
            return new Treatment(variantId, comparisons, TreatmentVerdict.NO_DIFFERENCE, interval
                    + " lies within ±" + plan.minimumEffect());
        }
        return new Treatment(variantId, comparisons, TreatmentVerdict.CONTINUE, interval + " is not yet conclusive");
    }
}
