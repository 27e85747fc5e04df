package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One line of a suite's {@code history.jsonl}: how one variant did in one full run, so runs across commits can be
 * drawn as a trend.
 *
 * @param suiteId     the suite
 * @param runId       the run
 * @param commit      the commit the run evaluated, when known
 * @param date        ISO-8601 instant the run finished
 * @param variantId   the variant
 * @param baseline    whether the variant is the comparison's baseline
 * @param metric      the comparison's primary metric, when the suite compares
 * @param mean        the variant's mean of it over cases
 * @param ciLow       lower bound of the mean's interval
 * @param ciHigh      upper bound of the mean's interval
 * @param decision    the decision on the variant against the baseline (treatments only)
 * @param cases       cases the variant ran
 * @param casesPassed cases it passed
 * @param gatesPassed whether every gate on the variant (or on every variant) passed
 * @param failedGates the names of those gates that did not pass
 * @param costUsd     the variant's generation cost, when known
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistoryEntry(String suiteId, String runId, Optional<String> commit, String date, String variantId,
                           boolean baseline, Optional<String> metric, OptionalDouble mean, OptionalDouble ciLow,
                           OptionalDouble ciHigh, Optional<String> decision, int cases, int casesPassed,
                           boolean gatesPassed, List<String> failedGates, OptionalDouble costUsd) {

    /** The history file name, in the suite's output directory beside its runs. */
    public static final String FILE = "history.jsonl";

    public HistoryEntry {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(runId, "runId");
        commit = Objects.requireNonNullElse(commit, Optional.empty());
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(variantId, "variantId");
        metric = Objects.requireNonNullElse(metric, Optional.empty());
        mean = Objects.requireNonNullElse(mean, OptionalDouble.empty());
        ciLow = Objects.requireNonNullElse(ciLow, OptionalDouble.empty());
        ciHigh = Objects.requireNonNullElse(ciHigh, OptionalDouble.empty());
        decision = Objects.requireNonNullElse(decision, Optional.empty());
        failedGates = List.copyOf(Objects.requireNonNullElse(failedGates, List.of()));
        costUsd = Objects.requireNonNullElse(costUsd, OptionalDouble.empty());
    }

    /** One entry per variant of a full run, in suite order. */
    public static List<HistoryEntry> of(RunSummary summary, Optional<String> commit) {
        Optional<Comparison> comparison = summary.comparison();
        Optional<MetricComparison> primary = comparison.flatMap(c -> c.metric(c.primaryMetric()));
        return summary.variants().stream().map(variant -> {
            String id = variant.variantId();
            Optional<MetricStats> stats = primary.flatMap(m -> m.variants().stream()
                    .filter(s -> s.variantId().equals(id)).findFirst());
            List<String> failed = summary.gates().stream()
                    .filter(g -> g.variantId().map(id::equals).orElse(true) && !g.passed())
                    .map(GateResult::name).toList();
            return new HistoryEntry(summary.suiteId(), summary.runId(), commit, summary.finishedAt(), id,
                    comparison.map(c -> c.baselineId().equals(id)).orElse(false),
                    comparison.map(Comparison::primaryMetric),
                    stats.map(s -> OptionalDouble.of(s.mean())).orElse(OptionalDouble.empty()),
                    stats.map(MetricStats::ciLow).orElse(OptionalDouble.empty()),
                    stats.map(MetricStats::ciHigh).orElse(OptionalDouble.empty()),
                    comparison.flatMap(c -> c.decision(id)).map(d -> d.outcome().name()),
                    variant.casesPassed() + variant.casesFailed(), variant.casesPassed(), failed.isEmpty(), failed,
                    variant.costUsd());
        }).toList();
    }
}
