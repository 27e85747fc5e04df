package dev.evalunit.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number in a case's report entry: six significant digits, the text {@code String.format("%.6g", value)} gives
 * (which parses its format string on every call - a measurable share of a run's CPU with one entry per case).
 */
final class ReportNumber {

    private static final int DIGITS = 6;
    private static final MathContext SIX_DIGITS = new MathContext(DIGITS, RoundingMode.HALF_UP);
    private static final BigDecimal SMALLEST_PLAIN = new BigDecimal("0.0001");
    private static final BigDecimal LARGEST_PLAIN = BigDecimal.TEN.pow(DIGITS);

    private ReportNumber() {
    }

    static String format(double value) {
        if (value == 0 && 1 / value > 0) {
            return "0.00000";
        }
        if (Double.isFinite(value) && value != 0) {
            // %g rounds the shortest decimal that reads back as the double (Double.toString's), half up
            BigDecimal rounded = BigDecimal.valueOf(value).round(SIX_DIGITS);
            BigDecimal magnitude = rounded.abs();
            if (magnitude.compareTo(SMALLEST_PLAIN) >= 0 && magnitude.compareTo(LARGEST_PLAIN) < 0) {
                int exponent = rounded.precision() - rounded.scale() - 1;
                return rounded.setScale(DIGITS - 1 - exponent, RoundingMode.UNNECESSARY).toPlainString();
            }
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
