package dev.evalunit.reports;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MissingDataCheck;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.DecisionBanner;
import dev.evalunit.reports.model.GateRow;
import dev.evalunit.reports.model.Section;
import dev.evalunit.reports.model.TreatmentDecision;
import dev.evalunit.reports.model.Verdict;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The report's view of the engine's comparison and gate results in {@code summary.json}. */
final class Decisions {

    /** Outcomes from farthest to closest to shipping: what the banner shows when nothing ships is the closest. */
    private static final Comparator<TreatmentVerdict> CLOSENESS_TO_SHIPPING = Comparator.comparingInt(
            List.of(TreatmentVerdict.KEEP_CONTROL, TreatmentVerdict.NO_DIFFERENCE, TreatmentVerdict.CONTINUE, TreatmentVerdict.SHIP_TREATMENT)::indexOf);

    private Decisions() {
    }

    /** The decision banner, or absent when the suite has no {@code compare} block (or no treatment). */
    static Section<DecisionBanner> banner(RunSummary summary, Map<String, String> names) {
        if (summary.comparison().isEmpty() || summary.comparison().get().decisions().isEmpty()) {
            return Section.absent();
        }
        Comparison comparison = summary.comparison().get();
        Direction direction = comparison.metric(comparison.primaryMetric())
                .map(MetricComparison::direction).orElse(Direction.HIGHER);
        Comparator<Decision> closestToShipping = Comparator
                .comparing(Decision::outcome, CLOSENESS_TO_SHIPPING)
                .thenComparingDouble(d -> direction.orient(d.difference()));
        Decision featured = comparison.decision(comparison.winner())
                .orElseGet(() -> comparison.decisions().stream().max(closestToShipping).orElseThrow());
        TreatmentVerdict outcome = comparison.winner().equals(comparison.baselineId())
                ? comparison.decisions().stream().map(Decision::outcome)
                        .max(CLOSENESS_TO_SHIPPING).orElseThrow()
                : TreatmentVerdict.SHIP_TREATMENT;
        Optional<Boolean> gatesPassed = summary.gates().isEmpty() ? Optional.empty()
                : Optional.of(summary.gates().stream().allMatch(GateResult::passed));
        List<TreatmentDecision> treatments = comparison.decisions().stream()
                .map(d -> treatment(comparison, d, names)).toList();
        return Section.of(new DecisionBanner(outcome, name(names, comparison.winner()), name(names, featured.variantId()),
                name(names, comparison.baselineId()), comparison.primaryMetric(), featured.difference(),
                featured.ciLow(), featured.ciHigh(), featured.confidence(),
                primaryDifference(comparison, featured.variantId()).map(d -> OptionalDouble.of(d.adjustedPValue()))
                        .orElse(OptionalDouble.empty()),
                featured.reason(), gatesPassed, treatments));
    }

    /** The title's verdict (see {@link Verdict}), in agreement with the decision banner. */
    static Verdict verdict(RunSummary summary, Section<DecisionBanner> banner) {
        Optional<String> decision = banner.value().map(DecisionBanner::headline);
        int caseFailures = summary.variants().stream().mapToInt(VariantSummary::casesFailed).sum();
        if (!summary.gates().isEmpty()) {
            long failed = summary.gates().stream().filter(g -> !g.passed()).count();
            return new Verdict(decision, Optional.of(failed == 0), failed == 0 ? "all gates passed"
                    : failed + " of " + summary.gates().size() + " gates failed", caseFailures);
        }
        if (decision.isPresent()) {
            return new Verdict(decision, Optional.empty(), "no gates", caseFailures);
        }
        return new Verdict(decision, Optional.of(caseFailures == 0), caseFailures == 0 ? "all cases passed"
                : caseFailures + (caseFailures == 1 ? " case failed" : " cases failed"), 0);
    }

    /** The gate results; absent when the run did not evaluate decisions at all. */
    static Section<List<GateRow>> gates(RunSummary summary) {
        if (summary.gates().isEmpty() && summary.comparison().isEmpty()) {
            return Section.absent();
        }
        return Section.of(summary.gates().stream().map(g -> new GateRow(g.name(), g.required(), g.measured(),
                g.status(), g.passed(), g.message())).toList());
    }

    /** Each metric's direction as the comparison declared it. */
    static Map<String, Direction> directions(RunSummary summary) {
        return summary.comparison().map(c -> c.metrics().stream()
                .collect(Collectors.toMap(MetricComparison::name, MetricComparison::direction,
                        (a, b) -> a))).orElse(Map.of());
    }

    private static TreatmentDecision treatment(Comparison comparison, Decision d,
                                               Map<String, String> names) {
        Optional<MetricDifference> primary = primaryDifference(comparison, d.variantId());
        // what more data would take matters only while the decision is open
        Optional<MetricDifference> open = primary.filter(p -> d.outcome() == TreatmentVerdict.CONTINUE);
        Optional<ErrorRateCheck> errors = comparison.errorRates().stream()
                .filter(e -> e.variantId().equals(d.variantId())).findFirst();
        return new TreatmentDecision(name(names, d.variantId()), d.outcome(), d.difference(), d.ciLow(),
                d.ciHigh(), d.cases(), d.reason(),
                primary.map(p -> OptionalDouble.of(p.adjustedPValue())).orElse(OptionalDouble.empty()),
                primary.map(MetricDifference::minimumDetectableEffect).orElse(OptionalDouble.empty()),
                open.map(MetricDifference::casesNeeded).orElse(OptionalLong.empty()),
                open.map(MetricDifference::repeatsNeeded).orElse(OptionalInt.empty()),
                errors.map(ErrorRateCheck::flagged).orElse(false),
                errors.map(e -> OptionalDouble.of(e.variantRate())).orElse(OptionalDouble.empty()),
                errors.map(e -> OptionalDouble.of(e.baselineRate())).orElse(OptionalDouble.empty()),
                warnings(comparison, d.variantId(), names));
    }

    private static List<String> warnings(Comparison comparison, String variantId, Map<String, String> names) {
        List<String> warnings = new ArrayList<>();
        comparison.judgeErrorRates().stream().filter(e -> e.variantId().equals(variantId) && e.flagged())
                .forEach(e -> warnings.add(String.format(Locale.ROOT, "%s's judge error rate (%.1f%%) differs "
                        + "from the baseline's (%.1f%%): the judge could not score both variants' outputs alike.",
                        name(names, variantId), 100 * e.variantRate(), 100 * e.baselineRate())));
        comparison.missingData(variantId).filter(MissingDataCheck::flagged).ifPresent(m -> warnings.add(
                String.format(Locale.ROOT, "%s is missing for %.1f%% of %s's %s against %.1f%% of the baseline's: "
                        + "the decision is taken on differently filtered data and does not ship.", m.metric(),
                        100 * m.variantRate(), name(names, variantId), m.unit(), 100 * m.baselineRate())));
        return warnings;
    }

    private static Optional<MetricDifference> primaryDifference(Comparison comparison, String variantId) {
        return comparison.metric(comparison.primaryMetric()).flatMap(m -> m.difference(variantId));
    }


    private static String name(Map<String, String> names, String variantId) {
        return names.getOrDefault(variantId, variantId);
    }
}
