package dev.evalunit.examples;

import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.PairedResult;
import dev.evalunit.stats.PairedTTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * An independent check of a suite's outcome from its journal: the paired t interval of one metric, treatment minus
 * control, over the cases both variants answered (per-case means over repeats), computed with the stats module.
 */
final class PairedMetric {

    private PairedMetric() {
    }

    /** A scorer metric's paired comparison. */
    static PairedResult score(List<SampleRecord> samples, String control, String treatment, String metric) {
        return compare(samples, control, treatment, record -> record.scores().stream()
                .filter(score -> score.name().equals(metric)).findFirst().map(Score::value)
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble));
    }

    /** The paired comparison of the cost per request. */
    static PairedResult cost(List<SampleRecord> samples, String control, String treatment) {
        return compare(samples, control, treatment, record -> record.costUsd().isPresent()
                ? Optional.of(record.costUsd().getAsDouble()) : Optional.empty());
    }

    private static PairedResult compare(List<SampleRecord> samples, String control, String treatment,
                                        Function<SampleRecord, Optional<Double>> value) {
        Map<String, List<Double>> a = new LinkedHashMap<>();
        Map<String, List<Double>> b = new LinkedHashMap<>();
        for (SampleRecord sample : samples) {
            a.putIfAbsent(sample.caseId(), new ArrayList<>());
            b.putIfAbsent(sample.caseId(), new ArrayList<>());
            if (sample.isError()) {
                continue;
            }
            Map<String, List<Double>> side = sample.variantId().equals(control) ? a
                    : sample.variantId().equals(treatment) ? b : null;
            if (side != null) {
                value.apply(sample).ifPresent(v -> side.get(sample.caseId()).add(v));
            }
        }
        double[][] c = a.values().stream().map(PairedMetric::array).toArray(double[][]::new);
        double[][] t = b.values().stream().map(PairedMetric::array).toArray(double[][]::new);
        return PairedTTest.test(PairedCases.of(c, t), 0.95);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
