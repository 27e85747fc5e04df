package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelMatchScorerTest {

    @Test
    void matchesLooselyAndReportsTheDeclaredSpelling() throws Exception {
        Scorer scorer = create(new LabelMatchScorer(), Map.of("field", "label",
                "labels", List.of("Positive", "Negative", "Neutral")), "label");
        Score score = single(scorer, "  positive.\n", Map.of("label", "Positive"));
        assertThat(score.passed()).isTrue();
        assertThat(score.details()).containsEntry("predicted", "Positive").containsEntry("expected", "Positive");
    }

    @Test
    void aWrongLabelFailsWithBothLabelsInTheDetails() throws Exception {
        Scorer scorer = create(new LabelMatchScorer(), Map.of("field", "label"), "label");
        Score score = single(scorer, "NEGATIVE", Map.of("label", "positive"));
        assertThat(score.passed()).isFalse();
        assertThat(score.details()).containsEntry("predicted", "negative").containsEntry("expected", "positive");
    }

    @Test
    void anOutputOutsideTheLabelsFails() throws Exception {
        Scorer scorer = create(new LabelMatchScorer(), Map.of("field", "label", "labels", List.of("spam", "ham")), "label");
        Score score = single(scorer, "I think it is spam 📧", Map.of("label", "spam"));
        assertThat(score.passed()).isFalse();
        assertThat(score.reason().orElseThrow()).contains("is none of the labels [spam, ham]");
        assertThat(score.details()).containsEntry("predicted", "(other)");
        assertThat(single(scorer, "", Map.of("label", "spam")).passed()).isFalse();
    }

    @Test
    void unicodeLabelsWithCombiningMarksMatch() throws Exception {
        Scorer scorer = create(new LabelMatchScorer(), Map.of("field", "label"), "label");
        assertThat(single(scorer, "Re\u0301sume\u0301", Map.of("label", "résumé")).passed()).isTrue();
        Score longOutput = single(scorer, "x".repeat(100_000), Map.of("label", "x"));
        assertThat(longOutput.passed()).isFalse();
        assertThat((String) longOutput.details().get("predicted")).hasSize(81).endsWith("…");
    }

    @Test
    void declarationErrors() {
        assertThatThrownBy(() -> create(new LabelMatchScorer(), Map.of()))
                .hasMessageContaining("option 'field' is required");
        assertThatThrownBy(() -> create(new LabelMatchScorer(), Map.of("field", "label", "labels", List.of("A", "a")), "label"))
                .hasMessageContaining("option 'labels' lists 'a' twice");
    }
}
