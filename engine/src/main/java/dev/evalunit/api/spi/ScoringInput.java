package dev.evalunit.api.spi;

import dev.evalunit.api.Case;
import dev.evalunit.api.Variant;
import dev.evalunit.api.run.Sample;
import java.util.Objects;

/**
 * Everything a scorer sees for one sample. The sample is never an error sample: the engine does not
 * score those.
 *
 * @param testCase the case
 * @param variant  the variant that produced the sample
 * @param sample   the sample (with a response)
 * @param context  engine services (judge calls)
 */
public record ScoringInput(Case testCase, Variant variant, Sample sample, ScoringContext context) {

    public ScoringInput {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(context, "context");
        if (sample.isError()) {
            throw new IllegalArgumentException("error samples are not scored");
        }
    }

    /** The sample's output text. */
    public String output() {
        return sample.output().orElseThrow();
    }
}
