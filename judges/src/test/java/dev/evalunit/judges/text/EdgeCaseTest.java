package dev.evalunit.judges.text;

import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.run.TokenUsage;
import dev.evalunit.judges.Inputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deterministic scorer, on the outputs that break naive text code: empty, Unicode with combining marks,
 * emoji sequences, flags and CJK, and a million characters. Each must return one well-formed score whose
 * reason stays short (it lands in reports), whatever the output.
 */
class EdgeCaseTest {

    private static final String UNICODE = "Zoe\u0308 a\u0301 👨‍👩‍👧 🇫🇷 東京 👍🏽";
    private static final String LONG = "lorem ipsum 👍🏽 e\u0301 ".repeat(50_000);

    static Stream<Arguments> scorers() {
        Map<ScorerProvider, Map<String, Object>> declarations = Map.ofEntries(
                Map.entry(new EqualsScorer(), Map.of("field", "reference")),
                Map.entry(new ContainsScorer(), Map.of("field", "reference")),
                Map.entry(new StartsWithScorer(), Map.of("field", "reference")),
                Map.entry(new ContainsAnyScorer(), Map.of("values", List.of("👍🏽", "東京"))),
                Map.entry(new ContainsAllScorer(), Map.of("values", List.of("👍🏽", "é"))),
                Map.entry(new RegexScorer(), Map.of("pattern", "\\w+")),
                Map.entry(new IsJsonScorer(), Map.of()),
                Map.entry(new JsonSchemaScorer(), Map.of("schema", Map.of("type", "object"))),
                Map.entry(new LengthScorer(), Map.of("unit", "sentences", "max", 3)),
                Map.entry(new LevenshteinScorer(), Map.of("field", "reference")),
                Map.entry(new EditSimilarityScorer(), Map.of("field", "reference")),
                Map.entry(new RougeLScorer(), Map.of("field", "reference")),
                Map.entry(new LabelMatchScorer(), Map.of("field", "reference")),
                Map.entry(new LatencyScorer(), Map.of("max", 1_000)),
                Map.entry(new CostScorer(), Map.of("max", 0.01)),
                Map.entry(new TokensScorer(), Map.of("max", 1_000)));
        return declarations.entrySet().stream().flatMap(declaration -> Stream.of("", UNICODE, LONG)
                .map(output -> Arguments.of(declaration.getKey().name(), declaration.getKey(), declaration.getValue(),
                        output.length() > 100 ? "long" : output.isEmpty() ? "empty" : "unicode", output)));
    }

    @ParameterizedTest(name = "{0} on {3} output")
    @MethodSource("scorers")
    void scoresAnyOutputWithOneWellFormedScore(String name, ScorerProvider provider, Map<String, Object> options,
                                               String kind, String output) throws Exception {
        var scorer = provider.create(Inputs.setup(name, options, OptionalDouble.empty(), "reference"));
        ModelResponse response = ModelResponse.builder(output, Duration.ofMillis(900))
                .usage(new TokenUsage(40, 400)).costUsd(0.0004).build();
        List<Score> scores = scorer.score(Inputs.input(response, Map.of("reference", "café 👍🏽"), Inputs.NO_JUDGE))
                .toCompletableFuture().join();

        assertThat(scores).hasSize(1);
        Score score = scores.get(0);
        assertThat(score.name()).isEqualTo(name);
        assertThat(score.isError()).as("error: %s", score.error()).isFalse();
        assertThat(score.value().orElseThrow()).isFinite();
        assertThat(score.reason()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank().hasSizeLessThan(400));
    }
}
