package dev.evalunit.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Human-readable wall time of a run. */
final class Durations {

    private Durations() {
    }

    /** The time between two ISO-8601 instants, e.g. {@code 1 h 02 min}, {@code 3 min 05 s}, {@code 4.2 s}. */
    static String between(String startedAt, String finishedAt) {
        Duration d;
        try {
            d = Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt));
        } catch (DateTimeParseException e) {
            return "unknown (start or end is not an ISO-8601 instant)";
        }
        if (d.isNegative()) {
            return "unknown (the run ends before it starts)";
        }
        if (d.toHours() > 0) {
            return String.format("%d h %02d min", d.toHours(), d.toMinutesPart());
        }
        if (d.toMinutes() > 0) {
            return String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
