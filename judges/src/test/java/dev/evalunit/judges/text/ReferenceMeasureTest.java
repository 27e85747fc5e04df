package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReferenceMeasureTest {

    @Test
    void levenshteinKnownDistances() {
        assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
        assertThat(Levenshtein.distance("abc", "")).isEqualTo(3);
        assertThat(Levenshtein.distance("", "")).isZero();
        assertThat(Levenshtein.distance("flaw", "lawn")).isEqualTo(2);
    }

    @Test
    void levenshteinCountsCodePointsSoAnEmojiIsOneEdit() {
        assertThat(Levenshtein.distance("ok 👍", "ok 👎")).isEqualTo(1);
        assertThat(Levenshtein.distance("cafe\u0301", "café")).isEqualTo(2);
    }

    @Test
    void editSimilarityIsOneMinusNormalisedDistance() {
        assertThat(Levenshtein.similarity("kitten", "sitting")).isCloseTo(1 - 3.0 / 7, within(1e-12));
        assertThat(Levenshtein.similarity("", "")).isEqualTo(1.0);
        assertThat(Levenshtein.similarity("", "x")).isEqualTo(0.0);
    }

    @Test
    void scorersNormaliseUnicodeBeforeMeasuring() throws Exception {
        Scorer distance = create(new LevenshteinScorer(), Map.of("value", "café"));
        Score score = single(distance, "cafe\u0301", Map.of());
        assertThat(score.value()).hasValue(0.0);
        assertThat(score.passed()).isTrue();
        assertThat(score.reason()).hasValue("edit distance (0, no threshold set)");
    }

    @Test
    void thresholdsSideDependsOnTheMetric() throws Exception {
        Scorer distance = create(new LevenshteinScorer(), Map.of("value", "kitten", "max", 2));
        Score far = single(distance, "sitting", Map.of());
        assertThat(far.passed()).isFalse();
        assertThat(far.reason()).hasValue("edit distance (3 > 2)");
        assertThat(single(distance, "mitten", Map.of()).passed()).isTrue();
        assertThatThrownBy(() -> create(new LevenshteinScorer(), Map.of("value", "kitten"), 2))
                .hasMessageContaining("set option 'max'");
        assertThatThrownBy(() -> create(new EditSimilarityScorer(), Map.of("value", "kitten", "max", 2)))
                .hasMessageContaining("option 'max' is not an option of this scorer");
        Scorer similarity = create(new EditSimilarityScorer(), Map.of("value", "kitten"), 0.5);
        assertThat(single(similarity, "sitting", Map.of()).passed()).isTrue();
        assertThat(single(similarity, "", Map.of()).passed()).isFalse();
    }

    @Test
    void veryLongTextsAreMeasured() throws Exception {
        String reference = "ab".repeat(2_500);
        String output = reference.substring(1) + "👍";
        Score score = single(create(new LevenshteinScorer(), Map.of("value", reference)), output, Map.of());
        assertThat(score.value()).hasValue(2.0);
    }

    @Test
    void rougeLMatchesAHandComputedExample() {
        // candidate: the cat was found under the bed (7 tokens); reference: the cat was under the bed (6)
        // LCS = the cat was under the bed = 6 → P = 6/7, R = 1, F1 = 2·(6/7)/(6/7 + 1) = 12/13
        RougeL.Result result = RougeL.score("The cat was found under the bed.", "the cat was under the bed");
        assertThat(result.precision()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.f1()).isCloseTo(12.0 / 13, within(1e-12));
    }

    @Test
    void rougeLTokenisesEveryScript() {
        assertThat(RougeL.tokens("Zoë's café 👍🏽 naïve")).containsExactly("zoë", "s", "café", "naïve");
        assertThat(RougeL.score("", "").f1()).isEqualTo(1.0);
        assertThat(RougeL.score("", "words").f1()).isZero();
        assertThat(RougeL.score("👍", "words").f1()).isZero();
    }

    @Test
    void rougeLScorerReportsF1() throws Exception {
        Score score = single(create(new RougeLScorer(), Map.of("field", "ref"), 0.9, "ref"),
                "The cat was found under the bed.", Map.of("ref", "the cat was under the bed"));
        assertThat(score.value().orElseThrow()).isCloseTo(12.0 / 13, within(1e-12));
        assertThat(score.passed()).isTrue();
    }

    @Test
    void pairsTooLongForAQuadraticComparisonGetAnErrorScoreNotAStall() throws Exception {
        String reference = "a".repeat(10_000);
        for (Scorer scorer : new Scorer[] {create(new LevenshteinScorer(), Map.of("value", reference)),
                create(new EditSimilarityScorer(), Map.of("value", reference))}) {
            Score score = single(scorer, "b".repeat(2_501), Map.of());
            assertThat(score.isError()).isTrue();
            assertThat(score.error().orElseThrow()).contains("too long to compare: 2,501 × 10,000 code points",
                    "limit of 25,000,000");
            // at the limit the comparison runs
            assertThat(single(scorer, "b".repeat(2_500), Map.of()).isError()).isFalse();
        }
        Score rouge = single(create(new RougeLScorer(), Map.of("value", "w ".repeat(5_001))), "w ".repeat(5_000),
                Map.of());
        assertThat(rouge.error().orElseThrow()).contains("5,000 × 5,001 words");
    }
}
