package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.stats.Direction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LengthScorerTest {

    @Test
    void charactersAreUserPerceived() {
        assertThat(TextUnits.characters("cafe\u0301")).isEqualTo(4);
        assertThat(TextUnits.characters("👍🏽👨‍👩‍👧🇫🇷")).isEqualTo(3);
        assertThat(TextUnits.characters("")).isZero();
    }

    @Test
    void wordsAndSentencesIgnorePunctuationAndSpaces() {
        assertThat(TextUnits.words("Hello, wörld — it's 2026! 👍")).isEqualTo(4);
        assertThat(TextUnits.words("   ")).isZero();
        assertThat(TextUnits.sentences("One. Two? Three! ")).isEqualTo(3);
        assertThat(TextUnits.sentences("")).isZero();
        assertThat(TextUnits.words("東京は晴れ")).isPositive();
    }

    @Test
    void boundsAreInclusive() throws Exception {
        Scorer scorer = create(new LengthScorer(), Map.of("unit", "words", "min", 2, "max", 3));
        assertThat(single(scorer, "one two three", Map.of()).passed()).isTrue();
        Score tooLong = single(scorer, "one two three four", Map.of());
        assertThat(tooLong.passed()).isFalse();
        assertThat(tooLong.value()).hasValue(4.0);
        assertThat(tooLong.reason()).hasValue("4 words (min 2, max 3)");
        assertThat(single(scorer, "", Map.of()).passed()).isFalse();
    }

    @Test
    void scorersDeclareWhichWayTheirMetricImproves() throws Exception {
        assertThat(create(new LengthScorer(), Map.of("unit", "sentences", "min", 2, "max", 3)).direction())
                .isEqualTo(Direction.within(2, 3));
        assertThat(create(new LengthScorer(), Map.of("max", 280)).direction()).isEqualTo(Direction.within(0, 280));
        assertThat(create(new LengthScorer(), Map.of("min", 50)).direction()).isEqualTo(Direction.HIGHER);
        assertThat(create(new LevenshteinScorer(), Map.of("value", "Paris")).direction()).isEqualTo(Direction.LOWER);
        assertThat(create(new EditSimilarityScorer(), Map.of("value", "Paris")).direction())
                .isEqualTo(Direction.HIGHER);
        assertThat(create(new LatencyScorer(), Map.of("max", 1000)).direction()).isEqualTo(Direction.LOWER);
        assertThat(create(new CostScorer(), Map.of("max", 0.01)).direction()).isEqualTo(Direction.LOWER);
        assertThat(create(new TokensScorer(), Map.of("max", 320)).direction()).isEqualTo(Direction.LOWER);
    }

    @Test
    void maxCharactersOnVeryLongText() throws Exception {
        Scorer scorer = create(new LengthScorer(), Map.of("max", 1_000));
        Score score = single(scorer, "é".repeat(1_000_000), Map.of());
        assertThat(score.value()).hasValue(1_000_000.0);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void declarationErrors() {
        assertThatThrownBy(() -> create(new LengthScorer(), Map.of("unit", "words")))
                .hasMessageContaining("needs option 'min', option 'max' or both");
        assertThatThrownBy(() -> create(new LengthScorer(), Map.of("unit", "tokens", "max", 3)))
                .hasMessageContaining("option 'unit' must be one of characters, words, sentences");
        assertThatThrownBy(() -> create(new LengthScorer(), Map.of("min", 5, "max", 3)))
                .hasMessageContaining("option 'min' (5) is greater than option 'max' (3)");
        assertThatThrownBy(() -> create(new LengthScorer(), Map.of("max", 3), 2.0))
                .hasMessageContaining("bounded with options 'min' and 'max'");
        assertThatThrownBy(() -> create(new LengthScorer(), Map.of("max", 2.5)))
                .hasMessageContaining("option 'max' must be a whole number");
    }
}
