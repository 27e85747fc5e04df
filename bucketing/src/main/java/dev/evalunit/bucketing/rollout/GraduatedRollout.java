package dev.evalunit.bucketing.rollout;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A traffic schedule by day since the start, as in the source article's {@code graduatedRollout}: on day
 * {@code d} the experiment takes the percent of the last step whose day is {@code <= d} (0 before the
 * first step). Read from the clock on each assignment, so no timer has to fire.
 *
 * @param start when day 0 begins
 * @param steps the steps, days strictly increasing, percents in [0, 100] and never decreasing
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GraduatedRollout(Instant start, List<Step> steps) {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /**
     * @param day     days since the start
     * @param percent traffic from that day on
     */
    public record Step(int day, double percent) {
        public Step {
            if (day < 0) {
                throw new InvalidConfigException("day", "must be >= 0, was " + day);
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new InvalidConfigException("percent", "must be in [0, 100], was " + percent);
            }
        }
    }

    public GraduatedRollout {
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidConfigException("steps", "must have at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).day() <= steps.get(i - 1).day()) {
                throw new InvalidConfigException("steps[" + i + "].day", "must be after the previous step's day "
                        + steps.get(i - 1).day() + ", was " + steps.get(i).day());
            }
            if (steps.get(i).percent() < steps.get(i - 1).percent()) {
                throw new InvalidConfigException("steps[" + i + "].percent", "must not decrease (from "
                        + steps.get(i - 1).percent() + " to " + steps.get(i).percent() + "); pause or kill instead");
            }
        }
    }

    /** The article's example schedule: 5% on day 0, 10% on day 2, 25% on day 5, 50% on day 7, 100% on day 10. */
    public static GraduatedRollout articleSchedule(Instant start) {
        return new GraduatedRollout(start, List.of(new Step(0, 5), new Step(2, 10), new Step(5, 25),
                new Step(7, 50), new Step(10, 100)));
    }

    /** The traffic percent at {@code epochMillis}. */
    public double percentAt(long epochMillis) {
        long elapsed = epochMillis - start.toEpochMilli();
        if (elapsed < 0) {
            return 0;
        }
        long day = elapsed / DAY_MILLIS;
        double percent = 0;
        for (Step step : steps) {
            if (day >= step.day()) {
                percent = step.percent();
            }
        }
        return percent;
    }
}
