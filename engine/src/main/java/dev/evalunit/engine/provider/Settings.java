package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Parses configuration values for providers and the scheduler, naming the key in every error so a person
 * can fix the right line of {@code junit-platform.properties} or the right {@code -D} flag.
 */
@API(status = INTERNAL, since = "0.1")
public final class Settings {

    private Settings() {
    }

    /** A whole number {@code >= 1}. */
    public static Optional<Integer> positiveInt(String key, Optional<String> value) {
        return value.map(text -> {
            try {
                int parsed = Integer.parseInt(text.trim());
                if (parsed >= 1) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the key
            }
            throw new IllegalArgumentException(key + " must be a whole number >= 1, was '" + text + "'");
        });
    }

    /** A finite number {@code >= 0}. */
    public static Optional<Double> nonNegative(String key, Optional<String> value) {
        return value.map(text -> {
            try {
                double parsed = Double.parseDouble(text.trim());
                if (parsed >= 0 && Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the key
            }
            throw new IllegalArgumentException(key + " must be a number >= 0, was '" + text + "'");
        });
    }

    /** {@code true} or {@code false}. */
    public static Optional<Boolean> bool(String key, Optional<String> value) {
        return value.map(text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, was '" + text + "'");
        });
    }

    /**
     * A positive duration: seconds as a number ({@code 30}, {@code 0.5}), a number with a unit
     * ({@code 500ms}, {@code 30s}, {@code 2m}) or ISO-8601 ({@code PT30S}).
     */
    public static Optional<Duration> duration(String key, Optional<String> value) {
        return value.map(text -> {
            Duration parsed = parseDuration(text.trim());
            if (parsed == null || parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException(key + " must be a positive duration such as 30s, 500ms, 2m"
                        + " or PT30S, was '" + text + "'");
            }
            return parsed;
        });
    }

    private static Duration parseDuration(String text) {
        try {
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
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
