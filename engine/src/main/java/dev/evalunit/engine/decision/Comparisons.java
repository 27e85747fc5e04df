package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.api.run.MissingDataCheck;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.PValueAdjustment;
import dev.evalunit.stats.PairedAnalysis;
import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.PairedResult;
import dev.evalunit.stats.TreatmentVerdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Computes a suite's {@link Comparison} from its observations with the stats module: per-variant summaries,
 * paired differences (t, bootstrap, Wilcoxon) with adjusted p-values, planning figures, each treatment's
 * decision on the primary metric (never to ship when the primary metric is missing differently than in the
 * baseline, see {@link MissingData}) and its error rate and judge error rate against the baseline's.
 */
final class Comparisons {

    private final CompareSpec spec;
    private final List<String> variants;
    private final Observations observations;
    private final Optional<List<String>> clusterKeys;
    private final int resamples;
    private final long seed;
    private final PositionBias positionBias;

    /**
     * @param variants    the suite's variant ids, in suite order
     * @param clusterKeys every case's cluster in suite order, when some case names one
     * @param resamples   bootstrap resamples per difference
     * @param seed        bootstrap seed, so a run's intervals are reproducible
     * @param findings    the suite-level scorers' findings (a biased pairwise judge changes what a decision says)
     */
    public Comparisons(CompareSpec spec, List<String> variants, Observations observations,
                       Optional<List<String>> clusterKeys, int resamples, long seed, List<SuiteFinding> findings) {
        this.positionBias = new PositionBias(findings);
        this.spec = spec;
        this.variants = List.copyOf(variants);
        this.observations = observations;
        this.clusterKeys = clusterKeys.map(List::copyOf);
        this.resamples = resamples;
        this.seed = seed;
    }

    /** @param gateMetrics metrics gates compare, added to the compared metrics when not among them */
    public Comparison compute(Set<String> gateMetrics) {
        double confidence = 1 - spec.alpha();
        List<String> treatments = variants.stream().filter(v -> !v.equals(spec.baseline())).toList();
        MetricDescriber describer = new MetricDescriber(observations, confidence);
        List<String> metrics = metrics(gateMetrics);
        List<MetricComparison> compared = new ArrayList<>();
        List<MetricDifference> unadjusted = new ArrayList<>();
        for (String metric : metrics) {
            List<MetricStats> stats = variants.stream().flatMap(v -> describer.describe(v, metric).stream()).toList();
            if (stats.isEmpty() && !metric.equals(spec.primary())) {
                continue;
            }
            List<MetricDifference> differences = paired(metric) ? treatments.stream()
                    .flatMap(t -> difference(metric, t, confidence).stream()).toList() : List.of();
            unadjusted.addAll(differences);
            compared.add(new MetricComparison(metric, BuiltInMetric.named(metric).isPresent(),
                    metric.equals(spec.primary()), spec.direction(metric), paired(metric), stats, differences));
        }
        List<MetricComparison> adjusted = adjust(compared, unadjusted);
        MissingData missing = new MissingData(observations);
        List<MissingDataCheck> gaps = treatments.stream()
                .flatMap(t -> missing.check(spec.baseline(), t, spec.primary()).stream()).toList();
        List<Decision> decisions = treatments.stream()
                .map(t -> positionBias.explain(decide(t, treatments.size(), gaps))).toList();
        List<ErrorRateCheck> errors = treatments.stream()
                .flatMap(t -> errorRate(BuiltInMetric.ERROR_RATE, t, confidence).stream()).toList();
        List<ErrorRateCheck> judgeErrors = treatments.stream()
                .flatMap(t -> errorRate(BuiltInMetric.JUDGE_ERROR_RATE, t, confidence).stream()).toList();
        List<String> secondary = adjusted.stream().map(MetricComparison::name).filter(m -> !m.equals(spec.primary()))
                .toList();
        return new Comparison(spec.baseline(), spec.primary(), secondary, spec.alpha(),
                confidence, spec.minEffect(), spec.correction().name().toLowerCase(Locale.ROOT), adjusted, decisions,
                errors, winner(decisions), judgeErrors, gaps);
    }

    private List<String> metrics(Set<String> gateMetrics) {
        Set<String> metrics = new LinkedHashSet<>();
        metrics.add(spec.primary());
        if (spec.secondary().isEmpty()) {
            metrics.addAll(observations.scorerMetrics());
            Arrays.stream(BuiltInMetric.values()).map(BuiltInMetric::metric).forEach(metrics::add);
        } else {
            metrics.addAll(spec.secondary());
        }
        metrics.addAll(gateMetrics);
        return List.copyOf(metrics);
    }

    private static boolean paired(String metric) {
        return BuiltInMetric.named(metric).map(BuiltInMetric::paired).orElse(true);
    }

    private Optional<MetricDifference> difference(String metric, String treatment, double confidence) {
        double[][] base = observations.compared(spec.baseline(), metric, spec.direction(metric));
        double[][] treated = observations.compared(treatment, metric, spec.direction(metric));
        PairedCases cases = PairedCases.of(base, treated);
        if (cases.size() < 2) {
            return Optional.empty();
        }
        PairedAnalysis analysis = PairedAnalysis.of(cases, confidence, resamples, seed);
        PairedResult t = analysis.t();
        PairedEstimate estimate = PairedEstimate.of(base, treated, cases, clusterKeys, confidence);
        Planner planner = Planner.of(base, treated, spec.alpha());
        double effect = metric.equals(spec.primary()) ? spec.minEffect() : t.difference();
        OptionalLong needed = planner.casesNeeded(effect);
        OptionalInt repeats = planner.repeatsNeeded(effect);
        return Optional.of(new MetricDifference(treatment, t.cases(), t.droppedCases(), t.meanControl(),
                t.meanTreatment(), estimate.difference(), estimate.ciLow(), estimate.ciHigh(), estimate.pValue(),
                estimate.pValue(), false, analysis.bootstrap().ciLow(), analysis.bootstrap().ciHigh(),
                analysis.wilcoxon().pValue(), planner.minimumDetectableEffect(), needed, repeats, estimate.method()));
    }

    private List<MetricComparison> adjust(List<MetricComparison> compared, List<MetricDifference> all) {
        double[] raw = all.stream().mapToDouble(MetricDifference::pValue).toArray();
        double[] adjusted = raw.length == 0 ? raw : spec.correction() == CompareSpec.Correction.HOLM
                ? PValueAdjustment.holm(raw) : PValueAdjustment.benjaminiHochberg(raw);
        List<MetricComparison> out = new ArrayList<>();
        int i = 0;
        for (MetricComparison metric : compared) {
            List<MetricDifference> differences = new ArrayList<>();
            for (MetricDifference d : metric.differences()) {
                double p = adjusted[i++];
                differences.add(new MetricDifference(d.variantId(), d.cases(), d.droppedCases(), d.baselineMean(),
                        d.variantMean(), d.difference(), d.ciLow(), d.ciHigh(), d.pValue(), p, p < spec.alpha(),
                        d.bootstrapLow(), d.bootstrapHigh(), d.wilcoxonPValue(), d.minimumDetectableEffect(),
                        d.casesNeeded(), d.repeatsNeeded(), d.method()));
            }
            out.add(new MetricComparison(metric.name(), metric.builtIn(), metric.primary(), metric.direction(),
                    metric.paired(), metric.variants(), differences));
        }
        return out;
    }

    /** The decision interval splits alpha over the treatments (Bonferroni), so several treatments stay honest. */
    private Decision decide(String treatment, int treatments, List<MissingDataCheck> gaps) {
        Decision decision = decide(treatment, treatments);
        Optional<MissingDataCheck> gap = gaps.stream().filter(g -> g.variantId().equals(treatment)).findFirst();
        if (gap.isEmpty() || !gap.get().flagged()) {
            return decision;
        }
        MissingDataCheck g = gap.get();
        String missing = String.format(Locale.ROOT, "%s is missing for %s of %s's %s against %s of %s's",
                spec.primary(), percent(g.variantRate()), treatment, g.unit(), percent(g.baselineRate()),
                spec.baseline());
        TreatmentVerdict outcome = decision.outcome() == TreatmentVerdict.SHIP_TREATMENT
                ? TreatmentVerdict.CONTINUE : decision.outcome();
        return withReason(decision, outcome, decision.reason() + "; but " + missing + " (p = "
                + Numbers.format(g.pValue()) + "): the data is missing differently per variant, so the variants are"
                + " compared on differently filtered cases" + (outcome == decision.outcome() ? ""
                : " and the treatment is not shipped on it; find out why its scores are missing (judge errors"
                + " are in judge_error_rate)"));
    }

    private static Decision withReason(Decision d, TreatmentVerdict outcome, String reason) {
        return new Decision(d.variantId(), outcome, d.metric(), d.difference(), d.ciLow(), d.ciHigh(), d.confidence(),
                d.cases(), reason);
    }

    private static String percent(double rate) {
        return Numbers.format(rate * 100) + "%";
    }

    /** The decision splits alpha over the treatments (Bonferroni), so several treatments stay honest. */
    private Decision decide(String treatment, int treatments) {
        Direction direction = spec.direction(spec.primary());
        return new PrimaryDecision(spec.baseline(), spec.primary(), spec.alpha() / treatments, spec.minEffect(),
                direction, clusterKeys).decide(treatment, observations.compared(spec.baseline(), spec.primary(),
                direction), observations.compared(treatment, spec.primary(), direction));
    }

    /**
     * A 0/1 rate (the error rate, the judge error rate) of a treatment against the baseline's, compared per case
     * like every other metric: each case's share of failed samples under the treatment minus under the baseline.
     * Counting samples as independent ignores that errors cluster in cases (a long input that times out under one
     * variant fails on every repeat).
     */
    private Optional<ErrorRateCheck> errorRate(BuiltInMetric rate, String treatment, double confidence) {
        double[][] base = observations.matrix(spec.baseline(), rate.metric());
        double[][] treated = observations.matrix(treatment, rate.metric());
        PairedCases cases = PairedCases.of(base, treated);
        if (cases.size() < 2) {
            return Optional.empty();
        }
        PairedEstimate estimate = PairedEstimate.of(base, treated, cases, clusterKeys, confidence);
        double baseRate = Arrays.stream(cases.controlMeans()).average().orElseThrow();
        double treatedRate = Arrays.stream(cases.treatmentMeans()).average().orElseThrow();
        return Optional.of(new ErrorRateCheck(treatment, baseRate, treatedRate, estimate.difference(),
                estimate.ciLow(), estimate.ciHigh(), estimate.pValue(), estimate.pValue() < spec.alpha()));
    }

    private String winner(List<Decision> decisions) {
        Direction direction = spec.direction(spec.primary());
        return decisions.stream().filter(d -> d.outcome() == TreatmentVerdict.SHIP_TREATMENT)
                .max(Comparator.comparingDouble(d -> direction.orient(d.difference()))).map(Decision::variantId)
                .orElse(spec.baseline());
    }
}
