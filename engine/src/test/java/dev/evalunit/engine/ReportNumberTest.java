package dev.evalunit.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ReportNumberTest {

    private final List<String> mismatches = new ArrayList<>();

    private void sameAsFormat(double value) {
        String expected = String.format(Locale.ROOT, "%.6g", value);
        String written = ReportNumber.format(value);
        if (!written.equals(expected)) {
            mismatches.add(value + ": " + written + " instead of " + expected);
        }
    }

    @Test
    void writesWhatPercentSixGWrites() {
        for (double value : new double[]{0, -0.0, 1, -1, 0.5, 0.125, 2.5, 0.0001, 0.00009999995, 0.000099999949,
                999999.4, 999999.5, 1e6, 123456.75, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 99.99995, 9.999995, 1e-300, 1e300,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, -12.3456789, 431.0000005}) {
            sameAsFormat(value);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            sameAsFormat(random.nextDouble());
            sameAsFormat((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9)));
            sameAsFormat(random.nextInt(0, 5000) / 8.0);
            sameAsFormat(Math.round(random.nextDouble() * 1e7) / 1e7);
        }
        assertThat(mismatches).isEmpty();
    }
}
