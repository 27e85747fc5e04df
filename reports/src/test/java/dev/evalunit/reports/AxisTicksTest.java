package dev.evalunit.reports;

import dev.evalunit.reports.model.ScatterPlot;
import dev.evalunit.reports.model.Tick;
import dev.evalunit.stats.Direction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Axis labels carry the significant digits their step needs, and the last one fits inside its chart. */
class AxisTicksTest {

    /** About half a label's width per character at the charts' 11px font. */
    private static final double HALF_CHARACTER = 3.5;

    private static List<String> labels(double min, double max) {
        return new Axis(min, max, 0, 300).ticks("", "").stream().map(Tick::label).toList();
    }

    @Test
    void smallStepsGetAMantissaAndAPowerOfTenNotSixDecimals() {
        assertThat(labels(0, 0.000123)).containsExactly("0", "5e-5", "1.0e-4", "1.5e-4");
        assertThat(labels(-0.0000031, 0.0000092)).containsExactly("-5e-6", "0", "5e-6", "1.0e-5");
        assertThat(labels(0, 0.8)).containsExactly("0.0", "0.2", "0.4", "0.6", "0.8");
        assertThat(labels(-0.012, 0.004)).containsExactly("-0.015", "-0.010", "-0.005", "0.000", "0.005");
        assertThat(labels(0, 1200)).containsExactly("0", "500", "1000", "1500");
    }

    @Test
    void noLabelIsLongerThanEightCharactersAtAnyScale() {
        for (int exponent = -12; exponent <= 4; exponent++) {
            for (double mantissa : new double[] {1, 1.23, 3.7, 9.99}) {
                double max = mantissa * Math.pow(10, exponent);
                assertThat(labels(-max / 3, max)).as("axis to %s", max)
                        .allSatisfy(label -> assertThat(label.length()).isLessThanOrEqualTo(8));
            }
        }
    }

    @Test
    void theCostAxisPricesEnoughRequestsToReadInDollarsAndCents() {
        List<ParetoPlots.Candidate> candidates = List.of(
                new ParetoPlots.Candidate("mini", 0.71, OptionalDouble.of(0.000000123), OptionalDouble.of(420)),
                new ParetoPlots.Candidate("large", 0.78, OptionalDouble.of(0.000000615), OptionalDouble.of(900)));

        ScatterPlot cost = ParetoPlots.of("quality", Direction.HIGHER, candidates).get(0);

        assertThat(cost.xLabel()).isEqualTo("cost per 1M requests (USD)");
        assertThat(cost.xTicks()).extracting(Tick::label).containsExactly("$0.0", "$0.2", "$0.4", "$0.6", "$0.8");
        assertThat(ParetoPlots.CostUnit.of(0.0021).requests()).isEqualTo("1,000");
        assertThat(ParetoPlots.CostUnit.of(0.00000000002).requests()).isEqualTo("1B");
    }

    @Test
    void theLastTickLabelOfAForestPlotFitsInsideTheChart() {
        for (double max : new double[] {0.000123, 0.0123, 0.987, 12.3, 98765}) {
            List<Tick> ticks = new Axis(-max, max, ForestPlots.LABEL_WIDTH + 10,
                    ForestPlots.WIDTH - ForestPlots.RIGHT_MARGIN).ticks("", "");
            Tick last = ticks.get(ticks.size() - 1);
            assertThat(last.position() + HALF_CHARACTER * last.label().length()).as("last label %s", last.label())
                    .isLessThanOrEqualTo(ForestPlots.WIDTH);
        }
    }
}
