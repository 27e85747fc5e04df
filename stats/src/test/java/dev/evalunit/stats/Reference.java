package dev.evalunit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement with reference values to six significant digits. */
final class Reference {

    private Reference() {
    }

    /** Asserts {@code actual} matches {@code expected} to a relative 1e-6 (absolute 1e-12 near zero). */
    static void agrees(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.max(Math.abs(expected) * 1e-6, 1e-12)));
    }
}
