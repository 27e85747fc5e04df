package dev.evalunit.bucketing.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.config.JsonFields;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

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

    static MetricEvent parse(String line) {
        JsonFields fields = JsonFields.parse(line);
        String type = fields.requiredString("type");
        String experimentId = fields.requiredString("experimentId");
        int phase = fields.requiredInt("phase");
        String variantId = fields.requiredString("variantId");
        String unitId = fields.requiredString("unitId");
        Instant timestamp = fields.requiredInstant("timestamp");
        MetricEvent event = switch (type) {
            case "assigned" -> fields.build(() -> new MetricEvent.Assigned(experimentId, phase, variantId, unitId, timestamp));
            case "observed" -> {
                OptionalDouble latency = fields.optionalNumber("latencyMillis");
                boolean error = fields.optionalBoolean("error").orElse(false);
                OptionalDouble rating = fields.optionalNumber("rating");
                OptionalDouble cost = fields.optionalNumber("costUsd");
                Optional<Boolean> success = fields.optionalBoolean("success");
                yield fields.build(() -> new MetricEvent.Observed(experimentId, phase, variantId, unitId, timestamp,
                        new Outcome(latency, error, rating, cost, success)));
            }
            default -> throw fields.error("type", "must be \"assigned\" or \"observed\", was '" + type + "'");
        };
        fields.rejectUnknown();
        return event;
    }

    private static void number(JsonGenerator out, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(field, value.getAsDouble());
        }
    }
}
