package dev.evalunit.engine.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads how long a provider asks us to wait: {@code retry-after-ms} (OpenAI's millisecond variant) first,
 * then {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> from(Map<String, List<String>> headers, Clock clock) {
        Optional<Duration> millis = header(headers, "retry-after-ms").flatMap(value -> number(value, 1));
        if (millis.isPresent()) {
            return millis;
        }
        return header(headers, "retry-after").flatMap(value -> number(value, 1000).or(() -> date(value, clock)));
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static Optional<Duration> number(String value, long millisPerUnit) {
        try {
            double units = Double.parseDouble(value);
            return units >= 0 && Double.isFinite(units)
                    ? Optional.of(Duration.ofMillis(Math.round(units * millisPerUnit)))
                    : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> date(String value, Clock clock) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
