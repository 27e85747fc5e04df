package dev.evalunit.api.spi;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link SuiteLevelScorer} sees: the suite's variants and every case with each variant's samples.
 *
 * @param variantIds the variants that ran, in suite order
 * @param baselineId the variant others are compared with: the {@code compare} block's baseline, or the first
 *                   variant when there is none
 * @param cases      the cases in dataset order, each with the samples every variant produced for it
 */
public record SuiteResults(List<String> variantIds, String baselineId, List<CaseResults> cases) {

    public SuiteResults {
        variantIds = List.copyOf(Objects.requireNonNull(variantIds, "variantIds"));
        Objects.requireNonNull(baselineId, "baselineId");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        if (!variantIds.contains(baselineId)) {
            throw new IllegalArgumentException("baseline '" + baselineId + "' is not one of " + variantIds);
        }
    }

    /**
     * One case and its samples.
     *
     * @param testCase the case
     * @param samples  per variant id, its samples of this case in repeat order (error samples included)
     */
    public record CaseResults(Case testCase, Map<String, List<SampleRecord>> samples) {

        public CaseResults {
            Objects.requireNonNull(testCase, "testCase");
            Map<String, List<SampleRecord>> copy = new LinkedHashMap<>();
            Objects.requireNonNull(samples, "samples").forEach((variant, list) -> copy.put(variant, List.copyOf(list)));
            samples = Collections.unmodifiableMap(copy);
        }

        /** A variant's samples of this case; empty when it did not run the case. */
        public List<SampleRecord> of(String variantId) {
            return samples.getOrDefault(variantId, List.of());
        }
    }

    /** Every score named {@code metric} of a variant's samples, one list per sample that has one. */
    public List<List<Score>> scores(String variantId, String metric) {
        List<List<Score>> perSample = new ArrayList<>();
        for (CaseResults results : cases) {
            for (SampleRecord sample : results.of(variantId)) {
                List<Score> named = sample.scores().stream().filter(s -> s.name().equals(metric)).toList();
                if (!named.isEmpty()) {
                    perSample.add(named);
                }
            }
        }
        return perSample;
    }
}
