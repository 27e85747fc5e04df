package dev.evalunit.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WCAG 2 contrast ratio of two CSS colours as a browser reports them ({@code rgb(r, g, b)}). */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, [\\d.]+)?\\)");

    private Contrast() {
    }

    /** (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour's relative luminance. */
    static double ratio(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        Matcher m = RGB.matcher(colour);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
