package dev.evalunit.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.ScoringContext;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.engine.suite.SuiteScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Scores a sample with every scorer of the suite. Error samples are not scored. A scorer that fails
 * yields an error score (never a 0). A declared threshold decides pass/fail: a score passes when it
 * has a value of at least the threshold; without one, the scorer's own verdict stands.
 */
final class SampleScoring {

    private final List<SuiteScorer> scorers;
    private final ScoringContext context;

    SampleScoring(List<SuiteScorer> scorers, ScoringContext context) {
        this.scorers = scorers.stream().filter(s -> s.scorer().isPresent()).toList();
        this.context = context;
    }

    CompletableFuture<ScoredSample> score(Sample sample, Case testCase, Variant variant) {
        if (sample.isError()) {
            return CompletableFuture.completedFuture(new ScoredSample(sample, List.of(), false));
        }
        ScoringInput input = new ScoringInput(testCase, variant, sample, context);
        List<CompletableFuture<List<Score>>> parts = new ArrayList<>(scorers.size());
        for (SuiteScorer scorer : scorers) {
            parts.add(scoreWith(scorer, input));
        }
        if (parts.size() == 1) {
            return parts.get(0).thenApply(scores -> scored(sample, scores));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<Score> all = new ArrayList<>();
            parts.forEach(part -> all.addAll(part.join()));
            return scored(sample, all);
        });
    }

    private static ScoredSample scored(Sample sample, List<Score> scores) {
        boolean passed = true;
        for (Score score : scores) {
            passed &= score.passed();
        }
        return new ScoredSample(sample, scores, passed);
    }

    private static CompletableFuture<List<Score>> scoreWith(SuiteScorer scorer, ScoringInput input) {
        ScorerSpec spec = scorer.spec();
        CompletionStage<List<Score>> stage;
        try {
            stage = scorer.scorer().orElseThrow().score(input);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return stage.toCompletableFuture().handle((scores, failure) -> {
            if (failure != null || scores == null || scores.isEmpty()) {
                String why = failure == null ? "returned no scores" : "failed: " + Samples.error(failure).message();
                return List.of(Score.error(spec.name(), "scorer '" + spec.name() + "' " + why, null));
            }
            if (spec.threshold().isEmpty()) {
                return scores;
            }
            double threshold = spec.threshold().getAsDouble();
            List<Score> judged = new ArrayList<>(scores.size());
            for (Score score : scores) {
                boolean passed = score.value().isPresent() && score.value().getAsDouble() >= threshold;
                judged.add(passed == score.passed() ? score : score.withPassed(passed));
            }
            return judged;
        });
    }
}
