package dev.evalunit.api.run;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting for {@link SuiteFinding#summary()} lines. */
final class Findings {

    private Findings() {
    }

    static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.getAsDouble()) : "n/a";
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
    }
}
