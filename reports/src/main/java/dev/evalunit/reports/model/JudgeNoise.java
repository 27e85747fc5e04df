package dev.evalunit.reports.model;

import java.util.Objects;

/**
 * How much a repeated judge disagrees with itself on the same output.
 *
 * @param metric   the judge's metric
 * @param samples  samples judged more than once
 * @param meanSd   mean standard deviation of the judge's values over its repeats of one sample
 * @param flipRate share of those samples whose pass/fail verdict changed between judge repeats
 */
public record JudgeNoise(String metric, long samples, double meanSd, double flipRate) {

    public JudgeNoise {
        Objects.requireNonNull(metric, "metric");
    }
}
