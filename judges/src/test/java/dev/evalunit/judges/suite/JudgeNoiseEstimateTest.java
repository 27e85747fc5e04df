package dev.evalunit.judges.suite;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.SuiteFinding;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Whether judge repeats or generation repeats would narrow the interval more: the judge's share of the noise. */
class JudgeNoiseEstimateTest {

    @Test
    void aNoisyJudgeOnSteadyOutputsIsToldToRepeatTheJudge() {
        // per case, two generated samples, each judged twice; the samples differ little, the judgements a lot
        List<List<List<Score>>> perCase = List.of(
                List.of(scores(3, 5), scores(5, 4)),
                List.of(scores(1, 3), scores(2, 1)));
        JudgeNoiseEstimate noise = JudgeNoiseEstimate.of(perCase.stream().flatMap(List::stream).toList());
        // pooled judge variance (2 + 0.5 + 2 + 0.5) / 4 = 1.25; per sample mean of 2 repeats: 0.625
        assertThat(noise.judgeVariance().getAsDouble()).isCloseTo(1.25, within(1e-12));
        // variance between a case's sample means: (0.125 + 0.125) / 2 = 0.125, less than the judge's part alone
        assertThat(noise.judgeShare(perCase)).hasValue(1.0);
        SuiteFinding.JudgeNoise finding = finding(noise, noise.judgeShare(perCase));
        assertThat(finding.judgeDominates()).isTrue();
        assertThat(finding.summary()).contains("100.0% of the within-case variance",
                "more judge repeats (one judge call each) narrow the interval more cheaply than more generation repeats");
    }

    @Test
    void aSteadyJudgeOnVaryingOutputsIsNot() {
        List<List<List<Score>>> perCase = List.of(
                List.of(scores(4, 5), scores(3, 4)),
                List.of(scores(2, 2), scores(3, 3)));
        JudgeNoiseEstimate noise = JudgeNoiseEstimate.of(perCase.stream().flatMap(List::stream).toList());
        // judge variance 1 / 4 = 0.25, per sample 0.125; between sample means (0.5 + 0.5) / 2 = 0.5
        assertThat(noise.judgeShare(perCase).getAsDouble()).isCloseTo(0.25, within(1e-12));
        SuiteFinding.JudgeNoise finding = finding(noise, noise.judgeShare(perCase));
        assertThat(finding.judgeDominates()).isFalse();
        assertThat(finding.summary()).contains("25.0% of the within-case variance").doesNotContain("judge repeats");
    }

    @Test
    void oneSamplePerCaseCannotSplitTheNoise() {
        List<List<List<Score>>> perCase = List.of(List.of(scores(1, 5)), List.of(scores(2, 4)));
        JudgeNoiseEstimate noise = JudgeNoiseEstimate.of(perCase.stream().flatMap(List::stream).toList());
        assertThat(noise.judgeShare(perCase)).isEmpty();
    }

    private static SuiteFinding.JudgeNoise finding(JudgeNoiseEstimate noise, OptionalDouble share) {
        return new SuiteFinding.JudgeNoise("rubric-judge", "judge", "v", noise.samples(), noise.judgements(),
                noise.errors(), noise.judgeSd(), noise.meanRange(), noise.agreementRate(), share);
    }

    private static List<Score> scores(double... values) {
        return Arrays.stream(values).mapToObj(v -> Score.of("judge", v, true, "r")).toList();
    }
}
