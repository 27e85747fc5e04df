package dev.evalunit.stats;

/** Argument checks with messages a person can act on. */
final class Require {

    /**
     * The largest magnitude of an input value: squares and sums of squares of larger values overflow a
     * double and would turn every statistic into NaN.
     */
    static final double LARGEST_VALUE = 1e100;

    private Require() {
    }

    /** Rejects a NaN, infinite or overflowing value, naming the argument and the position. */
    static double[] finite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null; pass an array of finite numbers");
        }
        for (int i = 0; i < values.length; i++) {
            value(name + "[" + i + "]", values[i]);
        }
        return values;
    }

    /** Rejects one input value that is NaN, infinite or beyond ±{@link #LARGEST_VALUE}. */
    static void value(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; every value must be a finite number");
        }
        if (Math.abs(value) > LARGEST_VALUE) {
            throw new IllegalArgumentException(name + " is " + value + "; values beyond ±" + LARGEST_VALUE
                    + " overflow the sums of squares, so rescale the metric (e.g. to thousands or millions)");
        }
    }

    /** Requires at least {@code min} finite values. */
    static double[] atLeast(String name, double[] values, int min, String why) {
        finite(name, values);
        if (values.length < min) {
            throw new IllegalArgumentException(name + " has " + values.length + " value"
                    + (values.length == 1 ? "" : "s") + "; " + why + " needs at least " + min);
        }
        return values;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be a finite number");
        }
        return value;
    }

    static double confidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(
                    "confidence is " + confidence + "; it must lie strictly between 0 and 1, e.g. 0.95");
        }
        return confidence;
    }

    static double alpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(
                    "alpha is " + alpha + "; it must lie strictly between 0 and 1, e.g. 0.05");
        }
        return alpha;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be a finite number > 0");
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be a finite number >= 0");
        }
        return value;
    }

    static long count(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is " + value + "; a count cannot be negative");
        }
        return value;
    }

    /** Requires two arrays to line up, {@code unit} naming what one entry is ("case", "arm"). */
    static void sameLength(String nameA, int lengthA, String nameB, int lengthB, String unit) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(nameA + " has " + lengthA + " entries but " + nameB + " has "
                    + lengthB + "; both need exactly one entry per " + unit);
        }
    }
}
