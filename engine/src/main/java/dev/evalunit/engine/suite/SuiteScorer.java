package dev.evalunit.engine.suite;

import dev.evalunit.api.Scorer;
import dev.evalunit.api.ScorerSpec;

import java.util.Objects;

/**
 * A scorer as declared and as created by its provider.
 *
 * @param spec   the declaration (name, options, threshold, position)
 * @param scorer the scorer
 */
public record SuiteScorer(ScorerSpec spec, Scorer scorer) {

    public SuiteScorer {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scorer, "scorer");
    }
}
