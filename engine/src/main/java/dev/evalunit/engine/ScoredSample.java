package dev.evalunit.engine;

import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;

import java.util.List;

/**
 * A sample with its scores.
 *
 * @param sample the sample
 * @param scores every score, thresholds applied; empty for error samples
 * @param passed whether the sample is not an error and every score passed
 */
record ScoredSample(Sample sample, List<Score> scores, boolean passed) {
}
