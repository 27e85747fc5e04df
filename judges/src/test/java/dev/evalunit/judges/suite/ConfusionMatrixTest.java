package dev.evalunit.judges.suite;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.judges.text.LabelMatchScorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTest {

    @Test
    void countsAndRatesFromLabelMatchScores() throws Exception {
        Scorer scorer = create(new LabelMatchScorer(), Map.of("field", "label"), "label");
        String[][] samples = {{"spam", "spam"}, {"spam", "ham"}, {"ham", "ham"}, {"ham", "ham"}, {"ham", "spam"},
                {"spam", "Spam."}, {"ham", "maybe"}};
        List<Score> scores = new ArrayList<>();
        for (String[] sample : samples) {
            scores.add(single(scorer, sample[1], Map.of("label", sample[0])));
        }
        scores.add(Score.error("label-match", "case has no label", "x"));
        ConfusionMatrix matrix = ConfusionMatrix.of(scores);

        assertThat(matrix.labels()).containsExactly("ham", "maybe", "spam");
        assertThat(matrix.count("spam", "spam")).isEqualTo(2);
        assertThat(matrix.count("spam", "ham")).isEqualTo(1);
        assertThat(matrix.count("ham", "maybe")).isEqualTo(1);
        assertThat(matrix.total()).isEqualTo(7);
        assertThat(matrix.errors()).isEqualTo(1);
        assertThat(matrix.accuracy().orElseThrow()).isCloseTo(4.0 / 7, within(1e-12));

        ConfusionMatrix.LabelStats spam = matrix.perLabel().get(2);
        // spam: predicted spam 3 times, 2 right; expected spam 3 times, 2 found
        assertThat(spam.precision().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(spam.recall().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(spam.support()).isEqualTo(3);
        ConfusionMatrix.LabelStats maybe = matrix.perLabel().get(1);
        assertThat(maybe.recall()).isEmpty();
        assertThat(maybe.f1()).isEmpty();
        // ham: precision 2/3, recall 2/4 → F1 4/7; spam F1 2/3; macro over defined F1s
        assertThat(matrix.macroF1().orElseThrow()).isCloseTo((4.0 / 7 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void onlyLabelScoresMakeAMatrix() {
        assertThatThrownBy(() -> ConfusionMatrix.of(List.of(Score.of("rouge-l", 0.5, true, "r"))))
                .hasMessageContaining("score 'rouge-l' has no 'expected' detail");
        assertThat(ConfusionMatrix.of(List.of()).accuracy()).isEmpty();
    }

    @Test
    void theMatrixCannotBeChangedFromOutside() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("a"), new int[][] {{1}}, 0);
        matrix.counts()[0][0] = 9;
        assertThat(matrix.count("a", "a")).isEqualTo(1);
    }
}
