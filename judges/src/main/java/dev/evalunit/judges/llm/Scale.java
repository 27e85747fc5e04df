package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.List;

/**
 * The range a judge scores on, e.g. 1–5 or 0–1. Written {@code scale: 1-5} or {@code scale: [1, 5]}.
 *
 * @param min the lowest score
 * @param max the highest score
 */
public record Scale(double min, double max) {

    /** A judge that answers pass (1) or fail (0): written {@code scale: pass-fail}. */
    public static final Scale PASS_FAIL = new Scale(0, 1);

    public Scale {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("a scale needs finite min < max, was " + min + " to " + max);
        }
    }

    /** Reads option {@code scale}, or the fallback when absent. */
    public static Scale from(Options options, Scale fallback) throws ScorerConfigException {
        if (!options.has("scale")) {
            return fallback;
        }
        List<String> parts = options.strings("scale").orElseThrow();
        if (parts.size() == 1 && parts.get(0).strip().equalsIgnoreCase("pass-fail")) {
            return PASS_FAIL;
        }
        if (parts.size() == 1) {
            parts = List.of(parts.get(0).split("(?<=\\d)\\s*-\\s*", 2));
        }
        try {
            if (parts.size() == 2) {
                return new Scale(Double.parseDouble(parts.get(0).trim()), Double.parseDouble(parts.get(1).trim()));
            }
        } catch (IllegalArgumentException e) {
            // reported below with the option's name
        }
        throw options.problem("scale", "must be 'min-max' or [min, max] with min < max, e.g. 1-5, or pass-fail; was "
                + options.raw("scale").orElseThrow());
    }

    public boolean contains(double score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return format(min) + "-" + format(max);
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
