package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How much a repeated judge disagrees with itself on the same output.
 *
 * @param metric   the judge's metric
 * @param samples  samples judged more than once
 * @param meanSd   mean standard deviation of the judge's values over its repeats of one sample
 * @param flipRate share of those samples whose pass/fail verdict changed between judge repeats
 */
@API(status = INTERNAL, since = "0.1")
public record JudgeNoise(String metric, long samples, double meanSd, double flipRate) {

    public JudgeNoise {
        Objects.requireNonNull(metric, "metric");
    }
}
