package dev.evalunit.judges.suite;

import dev.evalunit.api.Score;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JudgeNoiseTest {

    private static List<Score> repeats(double... values) {
        return Arrays.stream(values).mapToObj(v -> Score.of("rubric", v, true, "r")).toList();
    }

    @Test
    void pooledWithinSampleVarianceMatchesNumpy() {
        // groups = [[4,5,4],[3,3,3],[2,4],[5,4,5,5],[1]]; rep = [g for g in groups if len(g) >= 2]
        // sum((len(g)-1) * np.var(g, ddof=1) for g in rep) / sum(len(g)-1 for g in rep)  -> 0.42708333333333337
        // np.mean([max(g) - min(g) for g in rep])  -> 1.0
        List<Score> withError = new java.util.ArrayList<>(repeats(2, 4));
        withError.add(Score.error("rubric", "unusable", "raw"));
        JudgeNoise noise = JudgeNoise.of(List.of(repeats(4, 5, 4), repeats(3, 3, 3), withError, repeats(5, 4, 5, 5),
                repeats(1)));
        assertThat(noise.judgeVariance().orElseThrow()).isCloseTo(0.42708333333333337, within(1e-12));
        assertThat(noise.judgeSd().orElseThrow()).isCloseTo(Math.sqrt(0.42708333333333337), within(1e-12));
        assertThat(noise.meanRange()).hasValue(1.0);
        assertThat(noise.agreementRate()).hasValue(0.25);
        assertThat(noise.samples()).isEqualTo(4);
        assertThat(noise.judgements()).isEqualTo(12);
        assertThat(noise.errors()).isEqualTo(1);
    }

    @Test
    void withoutRepeatsThereIsNoNoiseToMeasure() {
        JudgeNoise noise = JudgeNoise.of(List.of(repeats(4), repeats(2)));
        assertThat(noise.judgeVariance()).isEmpty();
        assertThat(noise.judgeSd()).isEmpty();
        assertThat(noise.samples()).isZero();
    }
}
