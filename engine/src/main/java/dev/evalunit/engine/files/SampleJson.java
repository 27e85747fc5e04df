package dev.evalunit.engine.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes a {@link SampleRecord} as its {@code results.jsonl} line field by field: the same JSON that the record's
 * bean serializer writes (component order, absent values left out, scores in {@link ScoreJson}'s shape), without
 * its per-field reflection, which a journal line per sample pays on the call path. Reading stays with databind.
 */
final class SampleJson {

    private SampleJson() {
    }

    /** The serializer. */
    static SimpleModule module() {
        return new SimpleModule("sample-record").addSerializer(SampleRecord.class, new Writer());
    }

    private static final class Writer extends JsonSerializer<SampleRecord> {

        @Override
        public void serialize(SampleRecord record, JsonGenerator json, SerializerProvider serializers)
                throws IOException {
            json.writeStartObject();
            json.writeStringField("suiteId", record.suiteId());
            json.writeStringField("runId", record.runId());
            json.writeStringField("variantId", record.variantId());
            json.writeStringField("caseId", record.caseId());
            json.writeNumberField("repeat", record.repeat());
            json.writeStringField("fingerprint", record.fingerprint());
            string(json, "output", record.output());
            if (record.error().isPresent()) {
                error(json, record.error().get());
            }
            number(json, "latencyMs", record.latencyMs());
            number(json, "timeToFirstTokenMs", record.timeToFirstTokenMs());
            number(json, "inputTokens", record.inputTokens());
            number(json, "outputTokens", record.outputTokens());
            number(json, "costUsd", record.costUsd());
            json.writeBooleanField("cacheHit", record.cacheHit());
            json.writeNumberField("attempts", record.attempts());
            string(json, "finishReason", record.finishReason());
            json.writeArrayFieldStart("scores");
            for (Score score : record.scores()) {
                score(json, score, serializers);
            }
            json.writeEndArray();
            json.writeBooleanField("passed", record.passed());
            json.writeEndObject();
        }

        private static void error(JsonGenerator json, SampleError error) throws IOException {
            json.writeObjectFieldStart("error");
            json.writeStringField("kind", error.kind().name());
            json.writeStringField("message", error.message());
            json.writeNumberField("attempts", error.attempts());
            json.writeEndObject();
        }

        private static void score(JsonGenerator json, Score score, SerializerProvider serializers) throws IOException {
            json.writeStartObject();
            json.writeStringField("name", score.name());
            number(json, "value", score.value());
            json.writeBooleanField("passed", score.passed());
            string(json, "reason", score.reason());
            string(json, "error", score.error());
            string(json, "judgeFingerprint", score.judgeFingerprint());
            json.writeNumberField("judgeRepeat", score.judgeRepeat());
            Map<String, Object> details = score.details();
            if (details != null && details.isEmpty()) {
                json.writeObjectFieldStart("details"); // most scores: no lookup of a serializer for an empty map
                json.writeEndObject();
            } else if (details != null) {
                json.writeFieldName("details");
                serializers.defaultSerializeValue(details, json);
            }
            JudgeUsage usage = score.usage();
            if (usage != null) {
                json.writeObjectFieldStart("judgeUsage");
                json.writeNumberField("calls", usage.calls());
                json.writeNumberField("inputTokens", usage.inputTokens());
                json.writeNumberField("outputTokens", usage.outputTokens());
                number(json, "costUsd", usage.costUsd());
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private static void string(JsonGenerator json, String name, Optional<String> value) throws IOException {
            if (value.isPresent()) {
                json.writeStringField(name, value.get());
            }
        }

        private static void number(JsonGenerator json, String name, OptionalDouble value) throws IOException {
            if (value.isPresent()) {
                json.writeNumberField(name, value.getAsDouble());
            }
        }

        private static void number(JsonGenerator json, String name, OptionalInt value) throws IOException {
            if (value.isPresent()) {
                json.writeNumberField(name, value.getAsInt());
            }
        }
    }
}
