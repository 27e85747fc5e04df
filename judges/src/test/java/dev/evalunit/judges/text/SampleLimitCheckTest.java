package dev.evalunit.judges.text;

import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.judges.Inputs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.evalunit.judges.Inputs.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleLimitCheckTest {

    private static Score score(Scorer scorer, ModelResponse response) {
        return scorer.score(Inputs.input(response, Map.of(), Inputs.NO_JUDGE)).toCompletableFuture().join().get(0);
    }

    private static ModelResponse response(Optional<TokenUsage> usage, OptionalDouble cost) {
        return new ModelResponse("", usage, Duration.ofMillis(1500), Optional.empty(), Optional.empty(), cost, false, 1, List.of());
    }

    @Test
    void latencyInMilliseconds() throws Exception {
        Score score = score(create(new LatencyScorer(), Map.of("max", 1000)), response(Optional.empty(), OptionalDouble.empty()));
        assertThat(score.value()).hasValue(1500.0);
        assertThat(score.passed()).isFalse();
        assertThat(score.reason()).hasValue("latency in milliseconds (1500 > 1000)");
    }

    @Test
    void costPassesUnderTheLimitAndIsAnErrorWhenUnknown() throws Exception {
        Scorer scorer = create(new CostScorer(), Map.of("max", 0.01));
        assertThat(score(scorer, response(Optional.empty(), OptionalDouble.of(0.002))).passed()).isTrue();
        Score unknown = score(scorer, response(Optional.empty(), OptionalDouble.empty()));
        assertThat(unknown.isError()).isTrue();
        assertThat(unknown.value()).isEmpty();
        assertThat(unknown.error().orElseThrow()).contains("cost is unknown");
    }

    @Test
    void tokensCountTotalInputOrOutput() throws Exception {
        ModelResponse response = response(Optional.of(new TokenUsage(300, 50)), OptionalDouble.empty());
        assertThat(score(create(new TokensScorer(), Map.of("max", 320)), response).passed()).isFalse();
        assertThat(score(create(new TokensScorer(), Map.of("count", "output", "max", 60)), response).value()).hasValue(50.0);
        assertThat(score(create(new TokensScorer(), Map.of("max", 320)), response(Optional.empty(), OptionalDouble.empty()))
                .error().orElseThrow()).contains("no token usage");
    }

    @Test
    void aThresholdWhichMeansAtLeastIsRefusedForALimit() {
        // the engine applies a suite threshold as "value >= threshold", which would pass every slow call
        assertThatThrownBy(() -> create(new LatencyScorer(), Map.of(), 1000))
                .hasMessageStartingWith("sets a threshold, which means 'at least'")
                .hasMessageContaining("set option 'max'");
    }

    @Test
    void aLimitNeedsAMaxAndAKnownCount() {
        assertThatThrownBy(() -> create(new LatencyScorer(), Map.of()))
                .hasMessage("option 'max' is required: the largest acceptable value in milliseconds");
        assertThatThrownBy(() -> create(new LatencyScorer(), Map.of("max", -1)))
                .hasMessage("option 'max' must be >= 0, was -1.0");
        assertThatThrownBy(() -> create(new TokensScorer(), Map.of("count", "cached", "max", 10)))
                .hasMessageContaining("option 'count' must be one of total, input, output");
    }
}
