package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceCheckTest {

    @Test
    void equalsTrimsAndNormalisesUnicodeByDefaultButKeepsCase() throws Exception {
        Scorer scorer = create(new EqualsScorer(), Map.of("value", "caf\u00e9"));
        assertThat(single(scorer, "  cafe\u0301\n", Map.of()).passed()).isTrue();
        Score differentCase = single(scorer, "CAFÉ", Map.of());
        assertThat(differentCase.passed()).isFalse();
        assertThat(differentCase.value()).hasValue(0.0);
        assertThat(differentCase.reason()).hasValueSatisfying(r -> assertThat(r).contains("output does not equal 'café'", "output was 'CAFÉ'"));
    }

    @Test
    void equalsNormalisationOptionsLoosenTheComparison() throws Exception {
        Scorer scorer = create(new EqualsScorer(), Map.of("field", "answer", "ignoreCase", true,
                "collapseWhitespace", true, "ignorePunctuation", true), "answer");
        assertThat(single(scorer, "Paris,   France!", Map.of("answer", "paris france")).passed()).isTrue();
        assertThat(single(scorer, "Lyon", Map.of("answer", "paris france")).passed()).isFalse();
    }

    @Test
    void nfkcFoldsCompatibilityCharactersOnlyWhenAsked() throws Exception {
        Scorer nfc = create(new EqualsScorer(), Map.of("value", "fi"));
        Scorer nfkc = create(new EqualsScorer(), Map.of("value", "fi", "unicode", "nfkc"));
        assertThat(single(nfc, "\ufb01", Map.of()).passed()).isFalse();
        assertThat(single(nfkc, "\ufb01", Map.of()).passed()).isTrue();
    }

    @Test
    void emptyOutputEqualsOnlyAnEmptyReference() throws Exception {
        assertThat(single(create(new EqualsScorer(), Map.of("value", "")), "", Map.of()).passed()).isTrue();
        assertThat(single(create(new EqualsScorer(), Map.of("value", "x")), "", Map.of()).passed()).isFalse();
        assertThat(single(create(new ContainsScorer(), Map.of("value", "x")), "", Map.of()).passed()).isFalse();
    }

    @Test
    void containsAndStartsWithHandleEmojiAndVeryLongText() throws Exception {
        String longText = "👍🏽 " + "lorem ipsum ".repeat(100_000) + "needle 👨‍👩‍👧";
        assertThat(single(create(new ContainsScorer(), Map.of("value", "needle 👨‍👩‍👧")), longText, Map.of()).passed())
                .isTrue();
        assertThat(single(create(new StartsWithScorer(), Map.of("value", "👍🏽")), longText, Map.of()).passed()).isTrue();
        Score failed = single(create(new StartsWithScorer(), Map.of("value", "lorem")), longText, Map.of());
        assertThat(failed.passed()).isFalse();
        assertThat(failed.reason().orElseThrow()).hasSizeLessThan(300).contains("chars)");
    }

    @Test
    void aCaseWithoutTheReferenceFieldIsAnErrorScoreNotAFailure() throws Exception {
        Scorer scorer = create(new ContainsScorer(), Map.of("field", "answer"), "answer");
        Score score = single(scorer, "text", Map.of("other", 1));
        assertThat(score.isError()).isTrue();
        assertThat(score.error()).hasValue("case 'c1' has no field 'answer'");
        assertThat(score.reason()).hasValue("text");
    }

    @Test
    void declarationErrorsNameTheOption() {
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of("value", "x", "ignorecase", true)))
                .isInstanceOf(ScorerConfigException.class)
                .hasMessageContaining("option 'ignorecase' is not an option of this scorer")
                .hasMessageContaining("ignoreCase");
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of("field", "answer"), "question"))
                .hasMessageContaining("option 'field' names case field 'answer'")
                .hasMessageContaining("[question]");
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of("field", "anwser"), "question", "answer"))
                .hasMessageContaining("option 'field' names case field 'anwser', which the dataset's cases do not all "
                        + "have; did you mean 'answer'?");
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of()))
                .hasMessageContaining("exactly one of option 'value'");
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of("value", "x", "unicode", "nfd")))
                .hasMessageContaining("option 'unicode' must be one of nfc, nfkc, none");
        assertThatThrownBy(() -> create(new EqualsScorer(), Map.of("value", "x", "trim", "yes")))
                .hasMessageContaining("option 'trim' must be true or false");
    }

    @Test
    void theMetricOptionRenamesTheScore() throws Exception {
        Score score = single(create(new EqualsScorer(), Map.of("value", "x", "metric", "exact")), "x", Map.of());
        assertThat(score.name()).isEqualTo("exact");
    }
}
