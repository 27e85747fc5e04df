package dev.evalunit.reports;

import dev.evalunit.reports.model.Tick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear chart axis from data values to SVG coordinates, widened to round tick values (1, 2 or 5 times a
 * power of ten) so that about five ticks label it.
 */
final class Axis {

    /** The most decimals a fixed-point tick label gets. */
    private static final int MAX_DECIMALS = 3;

    private final double low;
    private final double high;
    private final double step;
    private final double from;
    private final double to;

    /**
     * @param min  the smallest value to show
     * @param max  the largest value to show
     * @param from the coordinate of the low end
     * @param to   the coordinate of the high end (smaller than {@code from} for a y axis)
     */
    Axis(double min, double max, double from, double to) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("an axis needs finite min <= max, was " + min + ", " + max);
        }
        double span = max - min;
        if (span == 0) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
            span = max - min;
        }
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        this.step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        this.low = Math.floor(min / step) * step;
        this.high = Math.ceil(max / step) * step;
        this.from = from;
        this.to = to;
    }

    /** The coordinate of a value. */
    double at(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    /**
     * Ticks at every step, labelled with the significant digits the step needs: fixed decimals down to a step of
     * 0.001, below that a mantissa and a power of ten ({@code 1.5e-4}), so no label runs to six decimals.
     */
    List<Tick> ticks(String prefix, String suffix) {
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        List<Tick> ticks = new ArrayList<>();
        int count = (int) Math.round((high - low) / step);
        for (int i = 0; i <= count; i++) {
            double value = low + i * step;
            ticks.add(new Tick(at(value), prefix + label(value, decimals) + suffix));
        }
        return ticks;
    }

    private String label(double value, int decimals) {
        if (Math.abs(value) < step / 2) {
            return decimals <= MAX_DECIMALS ? String.format(Locale.ROOT, "%." + decimals + "f", 0.0) : "0";
        }
        if (decimals <= MAX_DECIMALS) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        int digits = Math.max(0, exponent(value) - exponent(step));
        String text = String.format(Locale.ROOT, "%." + digits + "e", value);
        return text.replaceFirst("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
    }

    private static int exponent(double value) {
        return (int) Math.floor(Math.log10(Math.abs(value)) + 1e-9);
    }
}
