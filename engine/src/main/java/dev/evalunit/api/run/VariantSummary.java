package dev.evalunit.api.run;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one variant did over the cases that ran. Error samples count in {@code errorRate} and are
 * excluded from the metrics.
 *
 * @param variantId     the variant
 * @param name          its display name
 * @param model         its model reference ({@code provider:model})
 * @param casesPassed   cases that passed
 * @param casesFailed   cases that failed
 * @param samples       samples generated (cases × repeats)
 * @param errors        error samples
 * @param errorRate     {@code errors / samples}; 0 when no samples ran
 * @param metrics       per metric over every non-error score of the variant
 * @param meanLatencyMs mean latency of the successful samples
 * @param inputTokens   prompt tokens, as reported
 * @param outputTokens  completion tokens, as reported
 * @param costUsd       total cost, when every successful sample's price was known
 * @param cases         each case's summary, in run order
 * @param judges        the judges' scores, errors, tokens and cost on this variant's samples (generation
 *                      tokens and cost above leave them out)
 */
public record VariantSummary(String variantId, String name, String model, int casesPassed, int casesFailed,
                             long samples, long errors, double errorRate, List<MetricSummary> metrics,
                             OptionalDouble meanLatencyMs, long inputTokens, long outputTokens,
                             OptionalDouble costUsd, List<CaseSummary> cases, JudgeTotals judges) {

    public VariantSummary {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        Objects.requireNonNull(meanLatencyMs, "meanLatencyMs");
        Objects.requireNonNull(costUsd, "costUsd");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        judges = Objects.requireNonNullElse(judges, JudgeTotals.NONE);
    }

    /** A variant no judge scored. */
    public VariantSummary(String variantId, String name, String model, int casesPassed, int casesFailed,
                          long samples, long errors, double errorRate, List<MetricSummary> metrics,
                          OptionalDouble meanLatencyMs, long inputTokens, long outputTokens,
                          OptionalDouble costUsd, List<CaseSummary> cases) {
        this(variantId, name, model, casesPassed, casesFailed, samples, errors, errorRate, metrics, meanLatencyMs,
                inputTokens, outputTokens, costUsd, cases, JudgeTotals.NONE);
    }
}
