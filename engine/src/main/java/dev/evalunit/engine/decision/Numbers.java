package dev.evalunit.engine.decision;

import java.util.Locale;

/** Numbers as people read them in messages and tables: four significant digits, no exponent for common sizes. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (value == 0 || value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-3 && magnitude < 1e9
                ? String.format(Locale.ROOT, "%.4g", value) : String.format(Locale.ROOT, "%.3e", value);
        return text.contains("e") || !text.contains(".") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
