package dev.evalunit.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DirectionTest {

    @ParameterizedTest
    @CsvSource({"0, 2", "1.5, 0.5", "2, 0", "2.5, 0", "3, 0", "4, 1", "7.25, 4.25"})
    void distanceToTheRangeIsZeroInsideAndToTheNearerEndOutside(double value, double distance) {
        assertThat(Direction.within(2, 3).distance(value)).isEqualTo(distance);
    }

    @Test
    void rangeComparesTheDistanceLowerBeingBetter() {
        Direction range = Direction.within(2, 3);
        assertThat(range.compared(5)).isEqualTo(2);
        assertThat(range.orient(-1)).isEqualTo(1);
        assertThat(range.better(2.5, 5)).isTrue();
        assertThat(range.better(5, 2.5)).isFalse();
        // higher-is-better would prefer the 5 sentences outside the range
        assertThat(Direction.HIGHER.better(5, 2.5)).isTrue();
        assertThat(range.better(1, 5)).isTrue();
        assertThat(range.better(2, 3)).isFalse();
        assertThat(range.better(3, 2)).isFalse();
    }

    @Test
    void higherAndLowerOrientTheRawDifference() {
        assertThat(Direction.HIGHER.compared(4)).isEqualTo(4);
        assertThat(Direction.LOWER.compared(4)).isEqualTo(4);
        assertThat(Direction.HIGHER.orient(0.2)).isEqualTo(0.2);
        assertThat(Direction.LOWER.orient(0.2)).isEqualTo(-0.2);
        assertThat(Direction.LOWER.better(1, 2)).isTrue();
        assertThat(Direction.HIGHER.better(1, 2)).isFalse();
    }

    @Test
    void readsAndDescribes() {
        assertThat(Direction.within(2, 3).describe()).isEqualTo("closer to 2–3 is better");
        assertThat(Direction.within(0.5, 0.5).describe()).isEqualTo("closer to 0.5 is better");
        assertThat(Direction.HIGHER.describe()).isEqualTo("higher is better");
        assertThat(Direction.LOWER.describe()).isEqualTo("lower is better");
        assertThat(Direction.parse("Higher")).isEqualTo(Direction.HIGHER);
        assertThat(Direction.parse(" lower ")).isEqualTo(Direction.LOWER);
        assertThat(Direction.parse("[2, 3]")).isEqualTo(Direction.within(2, 3));
        assertThat(Direction.parse("[-1.5,0.25]")).isEqualTo(Direction.within(-1.5, 0.25));
        for (Direction d : new Direction[] {Direction.HIGHER, Direction.LOWER, Direction.within(2, 3.5)}) {
            assertThat(Direction.parse(d.spelling())).isEqualTo(d);
        }
    }

    @Test
    void refusesWhatIsNoDirection() {
        assertThatThrownBy(() -> Direction.parse("up")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'higher', 'lower' or a target range '[low, high]'").hasMessageContaining("'up'");
        assertThatThrownBy(() -> Direction.parse("[2, x]")).hasMessageContaining("'[2, x]'");
        assertThatThrownBy(() -> Direction.parse("[3, 2]")).hasMessageContaining("low <= high, was [3, 2]");
        assertThatThrownBy(() -> Direction.within(0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void friedmanRanksARangeMetricOnTheDistanceToTheRange() {
        double[][] values = {{1, 2, 3, 5}, {4, 2.5, 2, 6}, {0, 3, 2, 4}, {5, 2, 1, 3}, {2, 6, 3, 1}};
        // d = np.maximum(0, np.maximum(2 - v, v - 3)); scipy.stats.friedmanchisquare(*d.T)
        FriedmanResult result = FriedmanTest.test(values, Direction.within(2, 3));
        assertThat(result.statistic()).isCloseTo(4.866666666666662, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.18182490180599242, within(1e-9));
        // values inside the range tie (rank 1.5 each): the variants most often inside rank first
        assertThat(result.meanRanks()).containsExactly(new double[] {3.1, 2.0, 1.8, 3.1}, within(1e-12));
    }
}
