package dev.evalunit.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A judge's position bias and calibration, as the run measured them.
 *
 * @param metric       the judge's metric
 * @param positionBias share of pairwise verdicts that flip when the two answers swap places
 * @param note         what the run says about it
 * @param calibration  judge score against the reference label, bucketed
 */
public record JudgeBias(String metric, OptionalDouble positionBias, Optional<String> note,
                        List<CalibrationBin> calibration) {

    public JudgeBias {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(positionBias, "positionBias");
        Objects.requireNonNull(note, "note");
        calibration = List.copyOf(calibration);
    }

    /**
     * One calibration bucket.
     *
     * @param predicted mean judge score in the bucket
     * @param observed  share of the bucket's outputs that were right
     * @param count     outputs in the bucket
     */
    public record CalibrationBin(double predicted, double observed, long count) {
    }
}
