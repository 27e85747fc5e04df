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

class JudgeCalibrationTest {

    @Test
    void labelAgreementBelowTheBarIsFlagged() {
        List<JudgeCalibration.Agreement> agreements = JudgeCalibration.labels(AgreementStatisticsTest.JUDGE,
                AgreementStatisticsTest.HUMAN, JudgeCalibration.Bars.DEFAULT);
        assertThat(agreements).extracting(JudgeCalibration.Agreement::statistic)
                .containsExactly("cohens-kappa", "krippendorff-alpha-nominal");
        assertThat(agreements).allSatisfy(a -> assertThat(a.flagged()).isTrue());
        assertThat(agreements.get(0).n()).isEqualTo(12);
        List<JudgeCalibration.Agreement> lenient = JudgeCalibration.labels(AgreementStatisticsTest.JUDGE,
                AgreementStatisticsTest.HUMAN, new JudgeCalibration.Bars(0.4, 0.4, 0.4));
        assertThat(lenient).noneMatch(JudgeCalibration.Agreement::flagged);
    }

    @Test
    void scoreAgreementAboveTheBarPasses() {
        List<JudgeCalibration.Agreement> agreements = JudgeCalibration.scores(AgreementStatisticsTest.JUDGE_SCORES,
                AgreementStatisticsTest.HUMAN_SCORES, JudgeCalibration.Bars.DEFAULT);
        assertThat(agreements).extracting(JudgeCalibration.Agreement::statistic)
                .containsExactly("spearman", "krippendorff-alpha-interval");
        assertThat(agreements).noneMatch(JudgeCalibration.Agreement::flagged);
    }

    @Test
    void anUndefinedStatisticIsFlagged() {
        JudgeCalibration.Agreement spearman = JudgeCalibration.scores(new double[] {3, 3, 3}, new double[] {1, 2, 3},
                JudgeCalibration.Bars.DEFAULT).get(0);
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
        List<JudgeCalibration.Agreement> agreements = JudgeCalibration.againstHumanScores(judged, "human", JudgeCalibration.Bars.DEFAULT);
        assertThat(agreements.get(0).value().orElseThrow()).isCloseTo(0.8765822784810127, within(1e-9));
        assertThat(agreements.get(0).n()).isEqualTo(10);
    }

    @Test
    void aMissingOrNonNumericHumanScoreNamesTheCase() {
        Score score = Score.of("rubric", 3, true, "r");
        assertThatThrownBy(() -> JudgeCalibration.againstHumanScores(Map.of(Case.of("c7", Map.of("human", "good")),
                List.of(score)), "human", JudgeCalibration.Bars.DEFAULT))
                .hasMessage("case 'c7' field 'human' must hold a number (a human score), was 'good'");
        assertThatThrownBy(() -> JudgeCalibration.againstHumanScores(Map.of(Case.of("c8", Map.of()), List.of(score)),
                "human", JudgeCalibration.Bars.DEFAULT)).hasMessageContaining("case 'c8' has no human score");
        assertThatThrownBy(() -> new JudgeCalibration.Bars(0.6, 2, 0.6)).hasMessageContaining("[-1, 1]");
    }
}
