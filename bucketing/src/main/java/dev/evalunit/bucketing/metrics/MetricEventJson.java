package dev.evalunit.bucketing.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.StrictJson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.evalunit.bucketing.config.StrictJson.required;

/**
 * One event as one line of JSON: {@code {"type":"assigned"|"observed","experimentId","phase","variantId",
 * "unitId","timestamp"}} plus, for outcomes, {@code latencyMillis, error, rating, costUsd, success} when measured.
 */
final class MetricEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricEventJson() {
    }

    static String line(MetricEvent event) {
        StringWriter text = new StringWriter(160);
        try (JsonGenerator out = MAPPER.createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("type", event instanceof MetricEvent.Assigned ? "assigned" : "observed");
            out.writeStringField("experimentId", event.experimentId());
            out.writeNumberField("phase", event.phase());
            out.writeStringField("variantId", event.variantId());
            out.writeStringField("unitId", event.unitId());
            out.writeStringField("timestamp", event.timestamp().toString());
            if (event instanceof MetricEvent.Observed observed) {
                Outcome outcome = observed.outcome();
                number(out, "latencyMillis", outcome.latencyMillis());
                out.writeBooleanField("error", outcome.error());
                number(out, "rating", outcome.rating());
                number(out, "costUsd", outcome.costUsd());
                if (outcome.success().isPresent()) {
                    out.writeBooleanField("success", outcome.success().get());
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** The fields of one event line as written; absent ones are null. */
    private record Fields(String type, String experimentId, Integer phase, String variantId, String unitId,
                          String timestamp, Double latencyMillis, Boolean error, Double rating, Double costUsd,
                          Boolean success) {
    }

    static MetricEvent parse(String line) {
        Fields fields = StrictJson.read(line, Fields.class);
        String type = required(fields.type(), "type", "a string");
        String experimentId = required(fields.experimentId(), "experimentId", "a string");
        int phase = required(fields.phase(), "phase", "an integer");
        String variantId = required(fields.variantId(), "variantId", "a string");
        String unitId = required(fields.unitId(), "unitId", "a string");
        Instant timestamp = StrictJson.instant(required(fields.timestamp(), "timestamp", "an ISO-8601 instant"),
                "timestamp");
        return switch (type) {
            case "assigned" -> {
                rejectOutcome(fields);
                yield new MetricEvent.Assigned(experimentId, phase, variantId, unitId, timestamp);
            }
            case "observed" -> new MetricEvent.Observed(experimentId, phase, variantId, unitId, timestamp,
                    new Outcome(optional(fields.latencyMillis()), fields.error() != null && fields.error(),
                            optional(fields.rating()), optional(fields.costUsd()), Optional.ofNullable(fields.success())));
            default -> throw new InvalidConfigException("type", "must be \"assigned\" or \"observed\", was '"
                    + type + "'");
        };
    }

    /** An assignment has no outcome: its fields are unknown there. */
    private static void rejectOutcome(Fields fields) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("latencyMillis", fields.latencyMillis());
        outcome.put("error", fields.error());
        outcome.put("rating", fields.rating());
        outcome.put("costUsd", fields.costUsd());
        outcome.put("success", fields.success());
        outcome.forEach((field, value) -> {
            if (value != null) {
                throw new InvalidConfigException(field, "is not a known field of an \"assigned\" event");
            }
        });
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static void number(JsonGenerator out, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(field, value.getAsDouble());
        }
    }
}
