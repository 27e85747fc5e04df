package dev.evalunit.api.spi;

import dev.evalunit.api.run.SuiteFinding;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SuiteLevelScorer} returns: its findings for {@code summary.json}, and per-case values of a
 * metric that the suite's {@code compare} block and gates can use like any scorer metric (e.g. the pairwise
 * judge's preference for a variant over the baseline).
 *
 * @param findings the findings, in the order they should be shown
 * @param values   per-case metric values; several for one (variant, case) count as its repeats
 */
public record SuiteScoring(List<SuiteFinding> findings, List<CaseValue> values) {

    public SuiteScoring {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Findings only. */
    public static SuiteScoring of(List<SuiteFinding> findings) {
        return new SuiteScoring(findings, List.of());
    }

    /**
     * One value of a suite-level metric for one variant's case.
     *
     * @param metric    the metric name (the declaration's {@code metric} option, else its name)
     * @param variantId the variant
     * @param caseId    the case
     * @param value     the value; finite
     */
    public record CaseValue(String metric, String variantId, String caseId, double value) {

        public CaseValue {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(caseId, "caseId");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value of " + metric + " must be finite, was " + value);
            }
        }
    }
}
