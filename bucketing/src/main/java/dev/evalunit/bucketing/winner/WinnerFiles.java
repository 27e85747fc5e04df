package dev.evalunit.bucketing.winner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.StrictJson;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.config.VariantConfigJson;
import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.evalunit.bucketing.config.StrictJson.required;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Strict reader and writer of {@code winner.json}. Reading refuses unknown fields and schema versions
 * newer than {@link WinnerFile#SCHEMA_VERSION}, checks each config against its written fingerprint and
 * the written {@code keepVariantId} against the decision, and names the offending field and file. The
 * {@code simulated} marker is always written; a file without it (written before it existed) reads as not simulated.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WinnerFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WinnerFiles() {
    }

    /** Reads and validates a winner file. */
    public static WinnerFile read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read winner file " + file + ": " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    /**
     * Parses and validates winner-file JSON.
     *
     * @param source the file name or description used in error messages
     * @throws InvalidConfigException naming the source and the field when anything is wrong
     */
    public static WinnerFile parse(String json, String source) {
        try {
            return winnerFile(json);
        } catch (InvalidConfigException e) {
            throw e.locatedIn(source, "");
        }
    }

    /** Writes {@code winner} to {@code file} (UTF-8, pretty-printed, fixed field order). */
    public static void write(WinnerFile winner, Path file) {
        try {
            Files.writeString(file, toJson(winner), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write winner file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON text of {@code winner}. */
    public static String toJson(WinnerFile winner) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.createGenerator(text).setPrettyPrinter(new DefaultPrettyPrinter())) {
            out.writeStartObject();
            out.writeNumberField("schemaVersion", winner.schemaVersion());
            out.writeStringField("experimentId", winner.experimentId());
            out.writeStringField("decision", winner.decision().name());
            out.writeStringField("keepVariantId", winner.keep().variantId());
            writeVariant(out, "winner", winner.winner());
            writeVariant(out, "baseline", winner.baseline());
            WinnerEvidence evidence = winner.evidence();
            out.writeObjectFieldStart("evidence");
            out.writeStringField("metric", evidence.metric());
            out.writeNumberField("difference", evidence.difference());
            out.writeNumberField("intervalLow", evidence.intervalLow());
            out.writeNumberField("intervalHigh", evidence.intervalHigh());
            out.writeNumberField("pValue", evidence.pValue());
            out.writeNumberField("cases", evidence.cases());
            out.writeNumberField("repeats", evidence.repeats());
            out.writeStringField("decisionRule", evidence.decisionRule());
            out.writeEndObject();
            out.writeStringField("suiteId", winner.suiteId());
            out.writeStringField("runId", winner.runId());
            if (winner.gitCommit().isPresent()) {
                out.writeStringField("gitCommit", winner.gitCommit().get());
            }
            out.writeStringField("timestamp", winner.timestamp().toString());
            out.writeBooleanField("simulated", winner.simulated());
            if (winner.simulated()) {
                out.writeArrayFieldStart("simulatedProviders");
                for (String provider : winner.simulatedProviders()) {
                    out.writeString(provider);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void writeVariant(JsonGenerator out, String field, WinnerVariant variant) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("variantId", variant.variantId());
        out.writeStringField("fingerprint", variant.fingerprint());
        out.writeFieldName("config");
        VariantConfigJson.write(variant.config(), out);
        out.writeEndObject();
    }

    /** The version alone, read first: a newer file's other fields may legitimately be unknown to us. */
    private record Version(Integer schemaVersion) {
    }

    /** The fields of a winner file as written; absent ones are null. */
    private record Document(Integer schemaVersion, String experimentId, String decision, String keepVariantId,
                            VariantFields winner, VariantFields baseline, EvidenceFields evidence, String suiteId,
                            String runId, String gitCommit, String timestamp, Boolean simulated,
                            List<String> simulatedProviders) {
    }

    private record VariantFields(String variantId, String fingerprint, VariantConfig config) {
    }

    private record EvidenceFields(String metric, Double difference, Double intervalLow, Double intervalHigh,
                                  Double pValue, Integer cases, Integer repeats, String decisionRule) {
    }

    private static WinnerFile winnerFile(String json) {
        int version = required(StrictJson.peek(json, Version.class).schemaVersion(), "schemaVersion", "an integer");
        if (version > WinnerFile.SCHEMA_VERSION) {
            throw new InvalidConfigException("schemaVersion", "is " + version
                    + ", newer than the newest this library reads (" + WinnerFile.SCHEMA_VERSION
                    + "); upgrade evalunit-bucketing to read it");
        }
        Document root = StrictJson.read(json, Document.class);
        TreatmentVerdict decision = decision(required(root.decision(), "decision", "a string"));
        String keepVariantId = required(root.keepVariantId(), "keepVariantId", "a string");
        WinnerVariant winner = variant(required(root.winner(), "winner", "an object"), "winner");
        WinnerVariant baseline = variant(required(root.baseline(), "baseline", "an object"), "baseline");
        EvidenceFields fields = required(root.evidence(), "evidence", "an object");
        WinnerEvidence evidence = StrictJson.locatedAt("evidence", () -> new WinnerEvidence(
                required(fields.metric(), "metric", "a string"),
                required(fields.difference(), "difference", "a number"),
                required(fields.intervalLow(), "intervalLow", "a number"),
                required(fields.intervalHigh(), "intervalHigh", "a number"),
                required(fields.pValue(), "pValue", "a number"),
                required(fields.cases(), "cases", "an integer"),
                required(fields.repeats(), "repeats", "an integer"),
                required(fields.decisionRule(), "decisionRule", "a string")));
        // files written before the marker existed have none; a marked file must name its simulated providers
        boolean simulated = root.simulated() != null && root.simulated();
        List<String> simulatedProviders = root.simulatedProviders() == null ? List.of() : root.simulatedProviders();
        for (int i = 0; i < simulatedProviders.size(); i++) {
            if (simulatedProviders.get(i) == null) {
                throw new InvalidConfigException("simulatedProviders[" + i + "]", "must be a string, was null");
            }
        }
        if (simulated == simulatedProviders.isEmpty()) {
            throw new InvalidConfigException("simulatedProviders", simulated ? "is required (a non-empty array of "
                    + "provider ids) when simulated is true" : "must be absent when simulated is false");
        }
        WinnerFile file = new WinnerFile(version, required(root.experimentId(), "experimentId", "a string"), decision,
                winner, baseline, evidence, required(root.suiteId(), "suiteId", "a string"),
                required(root.runId(), "runId", "a string"), Optional.ofNullable(root.gitCommit()),
                StrictJson.instant(required(root.timestamp(), "timestamp", "an ISO-8601 instant"), "timestamp"),
                simulatedProviders);
        if (!file.keep().variantId().equals(keepVariantId)) {
            throw new InvalidConfigException("keepVariantId", "is '" + keepVariantId + "' but decision " + decision
                    + " keeps '" + file.keep().variantId() + "'");
        }
        return file;
    }

    private static WinnerVariant variant(VariantFields fields, String path) {
        WinnerVariant variant = StrictJson.locatedAt(path, () -> {
            required(fields.fingerprint(), "fingerprint", "a string");
            return new WinnerVariant(required(fields.variantId(), "variantId", "a string"),
                    required(fields.config(), "config", "an object"));
        });
        if (!variant.fingerprint().equals(fields.fingerprint().toLowerCase(Locale.ROOT))) {
            throw new InvalidConfigException(path + ".fingerprint", "is " + fields.fingerprint()
                    + " but the SHA-256 of " + path + ".config is " + variant.fingerprint()
                    + "; the config was changed after the evaluation");
        }
        return variant;
    }

    private static TreatmentVerdict decision(String text) {
        try {
            return TreatmentVerdict.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("decision", "must be one of SHIP_TREATMENT, KEEP_CONTROL, NO_DIFFERENCE, CONTINUE, was '"
                    + text + "'");
        }
    }
}
