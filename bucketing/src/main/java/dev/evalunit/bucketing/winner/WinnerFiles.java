package dev.evalunit.bucketing.winner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.JsonFields;
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
            return parse(JsonFields.parse(json));
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

    private static WinnerFile parse(JsonFields root) {
        // The version comes first: a newer file's other fields may legitimately be unknown to us.
        int version = root.requiredInt("schemaVersion");
        if (version > WinnerFile.SCHEMA_VERSION) {
            throw new InvalidConfigException("schemaVersion", "is " + version
                    + ", newer than the newest this library reads (" + WinnerFile.SCHEMA_VERSION
                    + "); upgrade evalunit-bucketing to read it");
        }
        String decisionText = root.requiredString("decision");
        TreatmentVerdict decision = decision(decisionText, root);
        String keepVariantId = root.requiredString("keepVariantId");
        WinnerVariant winner = variant(root.requiredObject("winner"));
        WinnerVariant baseline = variant(root.requiredObject("baseline"));
        JsonFields evidenceFields = root.requiredObject("evidence");
        WinnerEvidence evidence = evidenceFields.build(() -> new WinnerEvidence(
                evidenceFields.requiredString("metric"),
                evidenceFields.requiredNumber("difference"),
                evidenceFields.requiredNumber("intervalLow"),
                evidenceFields.requiredNumber("intervalHigh"),
                evidenceFields.requiredNumber("pValue"),
                evidenceFields.requiredInt("cases"),
                evidenceFields.requiredInt("repeats"),
                evidenceFields.requiredString("decisionRule")));
        evidenceFields.rejectUnknown();
        // files written before the marker existed have none; a marked file must name its simulated providers
        boolean simulated = root.optionalBoolean("simulated").orElse(false);
        List<String> simulatedProviders = root.optionalStrings("simulatedProviders");
        if (simulated == simulatedProviders.isEmpty()) {
            throw root.error("simulatedProviders", simulated ? "is required (a non-empty array of provider ids) when "
                    + "simulated is true" : "must be absent when simulated is false");
        }
        WinnerFile file = root.build(() -> new WinnerFile(version, root.requiredString("experimentId"), decision,
                winner, baseline, evidence, root.requiredString("suiteId"), root.requiredString("runId"),
                root.optionalString("gitCommit"), root.requiredInstant("timestamp"), simulatedProviders));
        root.rejectUnknown();
        if (!file.keep().variantId().equals(keepVariantId)) {
            throw new InvalidConfigException("keepVariantId", "is '" + keepVariantId + "' but decision " + decision
                    + " keeps '" + file.keep().variantId() + "'");
        }
        return file;
    }

    private static WinnerVariant variant(JsonFields object) {
        String fingerprint = object.requiredString("fingerprint");
        WinnerVariant variant = object.build(() -> new WinnerVariant(object.requiredString("variantId"),
                VariantConfigJson.read(object.requiredObject("config"))));
        object.rejectUnknown();
        if (!variant.fingerprint().equals(fingerprint.toLowerCase(Locale.ROOT))) {
            throw object.error("fingerprint", "is " + fingerprint
                    + " but the SHA-256 of " + object.pathOf("config") + " is " + variant.fingerprint()
                    + "; the config was changed after the evaluation");
        }
        return variant;
    }

    private static TreatmentVerdict decision(String text, JsonFields root) {
        try {
            return TreatmentVerdict.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw root.error("decision", "must be one of SHIP_TREATMENT, KEEP_CONTROL, NO_DIFFERENCE, CONTINUE, was '"
                    + text + "'");
        }
    }
}
