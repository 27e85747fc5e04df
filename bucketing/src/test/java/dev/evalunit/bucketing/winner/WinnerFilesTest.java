package dev.evalunit.bucketing.winner;

import dev.evalunit.bucketing.BucketingMode;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WinnerFilesTest {

    private static final VariantConfig BASELINE = VariantConfig.of("anthropic:claude-sonnet-4-20250514")
            .withTemperature(0.3).withMaxTokens(500).withSystemPrompt("Summarize the following text concisely.")
            .withPromptTemplate("{{text}}");
    private static final VariantConfig WINNER = VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)
            .withTopP(0.9).withMaxTokens(400).withExtra(Map.of("seed", 7, "response_format", Map.of("type", "text")))
            .withSystemPrompt("Summarize in 2-3 sentences.").withPromptTemplate("Text:\n{{text}}");

    static WinnerFile winner(TreatmentVerdict decision) {
        return new WinnerFile(1, "exp_summarize_v2", decision, new WinnerVariant("structured", WINNER),
                new WinnerVariant("current", BASELINE),
                new WinnerEvidence("rating", 0.31, 0.12, 0.50, 0.0021, 120, 5,
                        "ship when the 95% CI of the paired difference lies above +0.1"),
                "summarize-suite", "2026-11-20T10-00-00Z-ab12", Optional.of("3f9e8fc5"),
                Instant.parse("2026-11-20T10:05:00Z"), List.of());
    }

    @Test
    void roundTripsThroughJsonWithFingerprints(@TempDir Path dir) {
        WinnerFile original = winner(TreatmentVerdict.SHIP_TREATMENT);
        Path file = dir.resolve("winner.json");
        WinnerFiles.write(original, file);

        WinnerFile read = WinnerFiles.read(file);

        assertThat(read).isEqualTo(original);
        assertThat(read.keep().variantId()).isEqualTo("structured");
        assertThat(WinnerFiles.toJson(read)).contains("\"keepVariantId\" : \"structured\"")
                .contains("\"fingerprint\" : \"" + WINNER.fingerprint() + "\"");
        assertThat(WINNER.fingerprint()).hasSize(64).isNotEqualTo(BASELINE.fingerprint());
    }

    @Test
    void fingerprintCoversEveryPartOfTheConfigButNotTheOrderOfExtras() {
        assertThat(WINNER.withSystemPrompt("Summarize in 2-3 sentences!").fingerprint()).isNotEqualTo(WINNER.fingerprint());
        assertThat(WINNER.withExtra(Map.of("seed", 8, "response_format", Map.of("type", "text"))).fingerprint())
                .isNotEqualTo(WINNER.fingerprint());
        assertThat(WINNER.withTopP(0.95).fingerprint()).isNotEqualTo(WINNER.fingerprint());
        assertThat(WINNER.withExtra(new java.util.LinkedHashMap<>(Map.of("response_format", Map.of("type", "text"), "seed", 7)))
                .fingerprint()).isEqualTo(WINNER.fingerprint());
    }

    @Test
    void anythingButShippingKeepsTheBaseline() {
        for (TreatmentVerdict decision : List.of(TreatmentVerdict.KEEP_CONTROL, TreatmentVerdict.NO_DIFFERENCE, TreatmentVerdict.CONTINUE)) {
            WinnerFile file = WinnerFiles.parse(WinnerFiles.toJson(winner(decision)), "winner.json");
            assertThat(file.keep().variantId()).isEqualTo("current");
            assertThat(WinnerFiles.toJson(file)).contains("\"keepVariantId\" : \"current\"");
        }
    }

    @Test
    void buildsTheOnlineExperimentControlBaselineTreatmentWinner() {
        ExperimentDefinition definition = ExperimentDefinition.fromWinner(winner(TreatmentVerdict.SHIP_TREATMENT));

        assertThat(definition.id()).isEqualTo("exp_summarize_v2");
        assertThat(definition.mode()).isEqualTo(BucketingMode.STABLE);
        assertThat(definition.control().id()).isEqualTo("current");
        assertThat(definition.control().config()).isEqualTo(BASELINE);
        assertThat(definition.variants().get(1).id()).isEqualTo("structured");
        assertThat(definition.variants().get(1).config()).isEqualTo(WINNER);
        assertThat(definition.variants()).extracting(v -> v.weight()).containsExactly(50.0, 50.0);
    }

    @Test
    void unknownFieldsAreRefusedNamingThePath() {
        String json = WinnerFiles.toJson(winner(TreatmentVerdict.SHIP_TREATMENT));
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"metric\" :", "\"confidence\" : 0.95, \"metric\" :"), "winner.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("winner.json: field 'evidence.confidence' is not a known field here (line 36, column 5)");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"suiteId\"", "\"owner\" : \"me\", \"suiteId\""), "winner.json"))
                .hasMessage("winner.json: field 'owner' is not a known field here (line 45, column 3)");
    }

    @Test
    void aNewerSchemaVersionIsRefusedBeforeItsUnknownFields() {
        String json = WinnerFiles.toJson(winner(TreatmentVerdict.SHIP_TREATMENT))
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2, \"rolloutPlan\" : []");
        assertThatThrownBy(() -> WinnerFiles.parse(json, "target/evalunit/s/r/winner.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("target/evalunit/s/r/winner.json: field 'schemaVersion' is 2, newer than the newest this "
                        + "library reads (1); upgrade evalunit-bucketing to read it");
    }

    @Test
    void editedConfigsAndInconsistentFieldsAreRefused() {
        String json = WinnerFiles.toJson(winner(TreatmentVerdict.SHIP_TREATMENT));
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("Summarize in 2-3 sentences.", "Summarize briefly."), "w.json"))
                .hasMessageStartingWith("w.json: field 'winner.fingerprint' is " + WINNER.fingerprint()
                        + " but the SHA-256 of winner.config is ");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"keepVariantId\" : \"structured\"", "\"keepVariantId\" : \"current\""), "w.json"))
                .hasMessage("w.json: field 'keepVariantId' is 'current' but decision SHIP_TREATMENT keeps 'structured'");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"pValue\" : 0.0021", "\"pValue\" : 1.5"), "w.json"))
                .hasMessage("w.json: field 'evidence.pValue' must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"decision\" : \"SHIP_TREATMENT\"", "\"decision\" : \"SHIP\""), "w.json"))
                .hasMessage("w.json: field 'decision' must be one of SHIP_TREATMENT, KEEP_CONTROL, NO_DIFFERENCE, CONTINUE, was 'SHIP'");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"timestamp\" : \"2026-11-20T10:05:00Z\"", "\"timestamp\" : \"yesterday\""), "w.json"))
                .hasMessageStartingWith("w.json: field 'timestamp' must be an ISO-8601 instant");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"temperature\" : 0.2", "\"temperature\" : -0.2"), "w.json"))
                .hasMessage("w.json: field 'winner.config.temperature' must be a finite number >= 0, was -0.2");
        assertThatThrownBy(() -> WinnerFiles.parse(json.replace("\"runId\" : \"2026-11-20T10-00-00Z-ab12\",", ""), "w.json"))
                .hasMessage("w.json: field 'runId' is required (a string)");
    }
}
