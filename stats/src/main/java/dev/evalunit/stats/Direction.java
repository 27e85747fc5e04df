package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Which way a metric improves: {@linkplain #HIGHER higher}, {@linkplain #LOWER lower}, or {@linkplain Within within
 * a target range} (a summary of 2–3 sentences is neither better longer nor better shorter).
 *
 * <p>Variants are compared on {@linkplain #compared(double) compared values}: the value itself when higher or lower
 * is better, and for a range the value's distance to the range (0 inside it), where lower is better. A range metric
 * is so never ranked as if higher were better: a variant is better the closer its samples lie to the range.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Direction permits Direction.Higher, Direction.Lower, Direction.Within {

    /** Larger is better (accuracy, pass rate, judge score). */
    Direction HIGHER = new Higher();
    /** Smaller is better (latency, cost, error rate, an edit distance). */
    Direction LOWER = new Lower();

    /**
     * Closer to {@code [low, high]} is better.
     *
     * @throws IllegalArgumentException when a bound is not finite or {@code low > high}
     */
    static Within within(double low, double high) {
        return new Within(low, high);
    }

    /**
     * Reads the suite-file spelling: {@code higher}, {@code lower} or a range {@code [low, high]}.
     *
     * @throws IllegalArgumentException naming what is accepted when the text is none of these
     */
    static Direction parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("higher")) {
            return HIGHER;
        }
        if (trimmed.equals("lower")) {
            return LOWER;
        }
        Matcher range = Within.SPELLING.matcher(trimmed);
        if (range.matches() && Within.NUMBER.matcher(range.group(1)).matches()
                && Within.NUMBER.matcher(range.group(2)).matches()) {
            return within(Double.parseDouble(range.group(1)), Double.parseDouble(range.group(2)));
        }
        throw new IllegalArgumentException("must be 'higher', 'lower' or a target range '[low, high]' such as [2, 3],"
                + " was '" + text + "'");
    }

    /** The value variants are compared on: the value itself, or for a range its distance to the range. */
    double compared(double value);

    /**
     * Turns a treatment − control difference of {@linkplain #compared compared values} into "improvement":
     * positive means the treatment is better.
     */
    double orient(double difference);

    /** Whether value {@code a} is better than value {@code b}. */
    default boolean better(double a, double b) {
        return orient(compared(a) - compared(b)) > 0;
    }

    /** How the direction reads in a report, e.g. {@code higher is better} or {@code closer to 2–3 is better}. */
    String describe();

    /** The suite-file spelling {@link #parse} reads back: {@code higher}, {@code lower} or {@code [2, 3]}. */
    String spelling();

    /** Larger is better. */
    record Higher() implements Direction {
        @Override
        public double compared(double value) {
            return value;
        }

        @Override
        public double orient(double difference) {
            return difference;
        }

        @Override
        public String describe() {
            return "higher is better";
        }

        @Override
        public String spelling() {
            return "higher";
        }
    }

    /** Smaller is better. */
    record Lower() implements Direction {
        @Override
        public double compared(double value) {
            return value;
        }

        @Override
        public double orient(double difference) {
            return -difference;
        }

        @Override
        public String describe() {
            return "lower is better";
        }

        @Override
        public String spelling() {
            return "lower";
        }
    }

    /**
     * Closer to {@code [low, high]} is better; every value inside is as good as any other.
     *
     * @param low  the range's lower end, finite
     * @param high the range's upper end, finite, not below {@code low}
     */
    record Within(double low, double high) implements Direction {

        private static final Pattern SPELLING = Pattern.compile("\\[\\s*([^,\\s]+)\\s*,\\s*([^\\]\\s]+)\\s*]");
        private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

        public Within {
            if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
                throw new IllegalArgumentException("a target range needs finite bounds with low <= high, was ["
                        + format(low) + ", " + format(high) + "]");
            }
        }

        /** How far {@code value} lies outside the range: 0 inside, else the distance to the nearer end. */
        public double distance(double value) {
            return value < low ? low - value : value > high ? value - high : 0;
        }

        @Override
        public double compared(double value) {
            return distance(value);
        }

        /** A smaller distance is better. */
        @Override
        public double orient(double difference) {
            return -difference;
        }

        @Override
        public String describe() {
            return "closer to " + (low == high ? format(low) : format(low) + "–" + format(high)) + " is better";
        }

        @Override
        public String spelling() {
            return "[" + format(low) + ", " + format(high) + "]";
        }

        private static String format(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }
}
