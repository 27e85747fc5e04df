package dev.evalunit.stats;

import org.junit.jupiter.api.Test;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunningMomentsTest {

    @Test
    void matchesNumpyOneValueAtATime() {
        // y = [0.25, 0.5, 1.0, 0.75, 0.0, 1.0, 0.5]; np.mean(y), np.var(y, ddof=1), np.std(y, ddof=1)
        RunningMoments running = of(0.25, 0.5, 1.0, 0.75, 0.0, 1.0, 0.5);
        assertThat(running.count()).isEqualTo(7);
        agrees(running.mean(), 0.5714285714285714);
        agrees(running.variance(), 0.13988095238095236);
        agrees(running.sd(), 0.3740066207715478);
        assertThat(running.min()).isZero();
        assertThat(running.max()).isEqualTo(1.0);
        assertThat(running.moments()).isEqualTo(new SampleMoments(7, running.mean(), running.variance()));
    }

    @Test
    void keepsItsPrecisionFarFromZero() {
        // x = 1e9 + [4, 7, 13, 16]: np.mean(x) - 1e9 = 10.0, np.var(x, ddof=1) = 30.0; running sums lose it
        RunningMoments running = of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        agrees(running.mean() - 1e9, 10.0);
        agrees(running.variance(), 30.0);
    }

    @Test
    void oneValueHasNoSpreadAndNoValueHasNoMoments() {
        assertThat(of(3.5).variance()).isZero();
        assertThat(of(3.5).sd()).isZero();
        assertThatThrownBy(() -> new RunningMoments().moments()).hasMessageContaining("count is 0");
        assertThatThrownBy(() -> new RunningMoments().add(Double.NaN)).hasMessageContaining("value");
    }

    private static RunningMoments of(double... values) {
        RunningMoments running = new RunningMoments();
        for (double value : values) {
            running.add(value);
        }
        return running;
    }
}
