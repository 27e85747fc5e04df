package dev.evalunit.api.spi;

import dev.evalunit.api.run.Score;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Scores one sample, returning one or more {@link Score}s. Scoring is asynchronous so that LLM judges
 * never hold a thread while their call is in flight; deterministic scorers use {@link #sync}.
 *
 * <p>A scorer must not throw for bad model output: it returns a failing or error score instead.
 */
@FunctionalInterface
public interface Scorer {

    CompletionStage<List<Score>> score(ScoringInput input);

    /** A scorer that computes its scores on the calling thread. */
    static Scorer sync(Function<ScoringInput, List<Score>> scoring) {
        return input -> CompletableFuture.completedFuture(scoring.apply(input));
    }
}
