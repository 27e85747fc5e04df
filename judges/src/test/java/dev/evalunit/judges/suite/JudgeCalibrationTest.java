package dev.evalunit.judges.suite;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.Score;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    @Test
    void labelAgreementBelowTheBarIsFlagged() {
        List<Calibration.Agreement> agreements = Calibration.labels(AgreementStatisticsTest.JUDGE,
                AgreementStatisticsTest.HUMAN, Calibration.Bars.DEFAULT);
        assertThat(agreements).extracting(Calibration.Agreement::statistic)
                .containsExactly("cohens-kappa", "krippendorff-alpha-nominal");
        assertThat(agreements).allSatisfy(a -> assertThat(a.flagged()).isTrue());
        assertThat(agreements.get(0).n()).isEqualTo(12);
        List<Calibration.Agreement> lenient = Calibration.labels(AgreementStatisticsTest.JUDGE,
                AgreementStatisticsTest.HUMAN, new Calibration.Bars(0.4, 0.4, 0.4));
        assertThat(lenient).noneMatch(Calibration.Agreement::flagged);
    }

    @Test
    void scoreAgreementAboveTheBarPasses() {
        List<Calibration.Agreement> agreements = Calibration.scores(AgreementStatisticsTest.JUDGE_SCORES,
                AgreementStatisticsTest.HUMAN_SCORES, Calibration.Bars.DEFAULT);
        assertThat(agreements).extracting(Calibration.Agreement::statistic)
                .containsExactly("spearman", "krippendorff-alpha-interval");
        assertThat(agreements).noneMatch(Calibration.Agreement::flagged);
    }

    @Test
    void anUndefinedStatisticIsFlagged() {
        Calibration.Agreement spearman = Calibration.scores(new double[] {3, 3, 3}, new double[] {1, 2, 3},
                Calibration.Bars.DEFAULT).get(0);
        assertThat(spearman.value()).isEmpty();
        assertThat(spearman.flagged()).isTrue();
    }

    @Test
    void againstHumanScoresAveragesJudgeRepeatsAndSkipsErrors() {
        Map<Case, List<Score>> judged = new LinkedHashMap<>();
        double[] human = AgreementStatisticsTest.HUMAN_SCORES;
        double[] judge = AgreementStatisticsTest.JUDGE_SCORES;
        for (int i = 0; i < judge.length; i++) {
            // two repeats averaging to the judge score, plus an error that must not count as 0
            judged.put(Case.of("c" + i, Map.of("human", human[i])), List.of(Score.of("rubric", judge[i] - 0.5, true, "r"),
                    Score.of("rubric", judge[i] + 0.5, true, "r"), Score.error("rubric", "unusable", "raw")));
        }
        judged.put(Case.of("only-errors", Map.of("human", 1)), List.of(Score.error("rubric", "unusable", "raw")));
        List<Calibration.Agreement> agreements = Calibration.againstHumanScores(judged, "human", Calibration.Bars.DEFAULT);
        assertThat(agreements.get(0).value().orElseThrow()).isCloseTo(0.8765822784810127, within(1e-9));
        assertThat(agreements.get(0).n()).isEqualTo(10);
    }

    @Test
    void aMissingOrNonNumericHumanScoreNamesTheCase() {
        Score score = Score.of("rubric", 3, true, "r");
        assertThatThrownBy(() -> Calibration.againstHumanScores(Map.of(Case.of("c7", Map.of("human", "good")),
                List.of(score)), "human", Calibration.Bars.DEFAULT))
                .hasMessage("case 'c7' field 'human' must hold a number (a human score), was 'good'");
        assertThatThrownBy(() -> Calibration.againstHumanScores(Map.of(Case.of("c8", Map.of()), List.of(score)),
                "human", Calibration.Bars.DEFAULT)).hasMessageContaining("case 'c8' has no human score");
        assertThatThrownBy(() -> new Calibration.Bars(0.6, 2, 0.6)).hasMessageContaining("[-1, 1]");
    }
}
