package dev.evalunit.judges;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.ScoringContext;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.spi.SourcePosition;
import dev.evalunit.api.Variant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/** Builds scorer declarations and scoring inputs for tests. */
public final class Inputs {

    /** A judge client for scorers that must not call one. */
    public static final ModelClient NO_JUDGE = request -> CompletableFuture.failedFuture(
            new ModelCallException(ErrorKind.CLIENT_ERROR, "this scorer must not call a judge"));

    public static final Variant VARIANT = new Variant("a", "A", new ModelRef("openai", "gpt-4o-mini"),
            Optional.empty(), Optional.of("{{question}}"), SamplingParams.DEFAULTS);

    private Inputs() {
    }

    public static ScorerSetup setup(String name, Map<String, Object> options, OptionalDouble threshold,
                                    String... caseFields) {
        return new ScorerSetup(new ScorerSpec(name, options, threshold, new SourcePosition("suite.eval.yaml", 7),
                Optional.empty()), java.util.Set.of(caseFields), Optional.empty(), Optional.empty());
    }

    /** Builds a scorer through its provider. */
    public static Scorer create(ScorerProvider provider, Map<String, Object> options, String... caseFields)
            throws ScorerConfigException {
        return provider.create(setup(provider.name(), options, OptionalDouble.empty(), caseFields));
    }

    public static Scorer create(ScorerProvider provider, Map<String, Object> options, double threshold,
                                String... caseFields) throws ScorerConfigException {
        return provider.create(setup(provider.name(), options, OptionalDouble.of(threshold), caseFields));
    }

    public static ScoringInput input(String output, Map<String, Object> fields) {
        return input(ModelResponse.of(output, Duration.ofMillis(120)), fields, NO_JUDGE);
    }

    public static ScoringInput input(ModelResponse response, Map<String, Object> fields, ModelClient judge) {
        Sample sample = Sample.success("a", "c1", 0, "fp", response);
        ScoringContext context = () -> judge;
        return new ScoringInput(Case.of("c1", fields), VARIANT, sample, context);
    }

    /** Scores one output and waits for the result. */
    public static List<Score> score(Scorer scorer, String output, Map<String, Object> fields) {
        return scorer.score(input(output, fields)).toCompletableFuture().join();
    }

    /** Scores and returns the only score. */
    public static Score single(Scorer scorer, String output, Map<String, Object> fields) {
        List<Score> scores = score(scorer, output, fields);
        if (scores.size() != 1) {
            throw new AssertionError("expected one score, got " + scores);
        }
        return scores.get(0);
    }
}
