package dev.evalunit.api.spi;

import dev.evalunit.api.run.Score;
import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Scores one sample, returning one or more {@link Score}s. Scoring is asynchronous so that LLM judges
 * never hold a thread while their call is in flight; deterministic scorers use {@link #sync}.
 *
 * <p>A scorer must not throw for bad model output: it returns a failing or error score instead.
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1")
public interface Scorer {

    CompletionStage<List<Score>> score(ScoringInput input);

    /**
     * The metric names this scorer's scores carry when they are not its declaration's one metric (e.g. one per
     * criterion of a judge that scores several in one call), so that comparisons and gates can name them; empty
     * when every score carries the declaration's metric.
     */
    default Set<String> metrics() {
        return Set.of();
    }

    /**
     * Which way the metrics of this scorer improve: higher unless the scorer says otherwise (an edit distance or a
     * latency is better lower, a length with a target range is better closer to it). A suite's
     * {@code compare.directions} overrides it.
     */
    default Direction direction() {
        return Direction.HIGHER;
    }

    /** This scorer, declaring that its metrics improve in {@code direction}. */
    default Scorer improving(Direction direction) {
        Objects.requireNonNull(direction, "direction");
        Scorer scorer = this;
        return new Scorer() {
            @Override
            public CompletionStage<List<Score>> score(ScoringInput input) {
                return scorer.score(input);
            }

            @Override
            public Set<String> metrics() {
                return scorer.metrics();
            }

            @Override
            public Direction direction() {
                return direction;
            }
        };
    }

    /** A scorer that computes its scores on the calling thread. */
    static Scorer sync(Function<ScoringInput, List<Score>> scoring) {
        return input -> CompletableFuture.completedFuture(scoring.apply(input));
    }
}
