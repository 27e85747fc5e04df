package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.SuiteLevelScorer;

import java.util.Objects;
import java.util.Optional;

/**
 * A scorer as declared and as created by its providers: a per-sample scorer, a suite-level scorer, or both
 * (e.g. {@code label-match} scores each sample and builds a confusion matrix per variant).
 *
 * @param spec       the declaration (name, options, threshold, position)
 * @param scorer     the per-sample scorer, when a {@link dev.evalunit.api.spi.ScorerProvider} has the name
 * @param suiteLevel the suite-level scorer, when a {@link dev.evalunit.api.spi.SuiteScorerProvider} has the name and
 *                   the declaration asks for suite-level work
 */
public record SuiteScorer(ScorerSpec spec, Optional<Scorer> scorer, Optional<SuiteLevelScorer> suiteLevel) {

    public SuiteScorer {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(suiteLevel, "suiteLevel");
        if (scorer.isEmpty() && suiteLevel.isEmpty()) {
            throw new IllegalArgumentException("scorer '" + spec.name() + "' has neither a per-sample nor a suite-level part");
        }
    }

    /** A per-sample scorer only. */
    public SuiteScorer(ScorerSpec spec, Scorer scorer) {
        this(spec, Optional.of(scorer), Optional.empty());
    }
}
