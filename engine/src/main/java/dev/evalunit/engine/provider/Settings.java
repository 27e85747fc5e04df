package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads configuration values for providers and the scheduler as JUnit's
 * {@code ConfigurationParameters.get(key, transformer)} does: a transformer parses the text or throws, and the
 * error names the key and the value so a person can fix the right line of {@code junit-platform.properties} or
 * the right {@code -D} flag. The transformers here throw {@link IllegalArgumentException} saying what the value
 * must be; none returns null.
 */
@API(status = INTERNAL, since = "0.1")
public final class Settings {

    private Settings() {
    }

    /**
     * The transformed value of a key, if set.
     *
     * @throws IllegalArgumentException "{@code <key> <what it must be>, was '<value>'}" when the transformer
     *                                  refuses the (trimmed) value
     */
    public static <T> Optional<T> get(String key, Optional<String> value, Function<String, ? extends T> transformer) {
        return value.map(text -> {
            try {
                return transformer.apply(text.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + " " + e.getMessage() + ", was '" + text + "'", e);
            }
        });
    }

    /** A whole number {@code >= 1}. */
    public static int positiveInt(String text) {
        try {
            int parsed = Integer.parseInt(text);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // the requirement below says what a number must look like
        }
        throw new IllegalArgumentException("must be a whole number >= 1");
    }

    /** A finite number {@code >= 0}. */
    public static double nonNegative(String text) {
        try {
            double parsed = Double.parseDouble(text);
            if (parsed >= 0 && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // the requirement below says what a number must look like
        }
        throw new IllegalArgumentException("must be a number >= 0");
    }

    /** {@code true} or {@code false}, in any case. */
    public static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    /**
     * A positive duration: seconds as a number ({@code 30}, {@code 0.5}), a number with a unit
     * ({@code 500ms}, {@code 30s}, {@code 2m}) or ISO-8601 ({@code PT30S}).
     */
    public static Duration duration(String text) {
        try {
            Duration parsed = parseDuration(text);
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException notADuration) {
            // the requirement below lists the accepted forms
        }
        throw new IllegalArgumentException("must be a positive duration such as 30s, 500ms, 2m or PT30S");
    }

    private static Duration parseDuration(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pt")) {
            return Duration.parse(text);
        }
        if (lower.endsWith("ms")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 2))));
        }
        if (lower.endsWith("s")) {
            return seconds(Double.parseDouble(lower.substring(0, lower.length() - 1)));
        }
        if (lower.endsWith("m")) {
            return seconds(60 * Double.parseDouble(lower.substring(0, lower.length() - 1)));
        }
        return seconds(Double.parseDouble(lower));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
