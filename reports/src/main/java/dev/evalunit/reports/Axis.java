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

    /** Ticks at every step, labelled with the shortest decimal of the step's precision. */
    List<Tick> ticks(String prefix, String suffix) {
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        List<Tick> ticks = new ArrayList<>();
        int count = (int) Math.round((high - low) / step);
        for (int i = 0; i <= count; i++) {
            double value = low + i * step;
            String text = String.format(Locale.ROOT, "%." + decimals + "f", value == 0 ? 0.0 : value);
            ticks.add(new Tick(at(value), prefix + (text.equals("-0") ? "0" : text) + suffix));
        }
        return ticks;
    }
}
