package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.safety.FlagSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentDefinitionsTest {

    private static final String ARTICLE_EXPERIMENT = """
            {"id": "exp_summarize_v2", "name": "Summarization Prompt V2", "mode": "seed-compatible",
             "active": true, "startDate": "2026-02-01", "endDate": "2026-02-28T00:00:00Z", "targetPercent": 100,
             "variants": [
               {"id": "control", "weight": 50, "config": {"model": "anthropic:claude-sonnet-4-20250514",
                 "temperature": 0.3, "maxTokens": 500, "systemPrompt": "Summarize the following text concisely."}},
               {"id": "treatment", "weight": 50.0, "config": {"model": "anthropic:claude-sonnet-4-20250514",
                 "temperature": 0.2, "maxTokens": 500, "extra": {"top_k": 40},
                 "systemPrompt": "Summarize the following text in 2-3 sentences."}}]}
            """;

    @Test
    void readsTheSourceArticlesExperiment() {
        ExperimentDefinition definition = ExperimentDefinitions.parse(ARTICLE_EXPERIMENT, "summarize.json");

        assertThat(definition.id()).isEqualTo("exp_summarize_v2");
        assertThat(definition.mode()).isEqualTo(BucketingMode.SEED_COMPATIBLE);
        assertThat(definition.startDate()).contains(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(definition.endDate()).contains(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(definition.control().id()).isEqualTo("control");
        VariantConfig treatment = definition.variant("treatment").orElseThrow().config();
        assertThat(treatment.temperature()).hasValue(0.2);
        assertThat(treatment.maxTokens()).hasValue(500);
        assertThat(treatment.extra()).containsEntry("top_k", 40);
        assertThat(treatment.provider()).isEqualTo("anthropic");
        assertThat(definition.salt()).isEqualTo("exp_summarize_v2");
    }

    @Test
    void weightsThatAreNotPositiveAreRefusedNamingTheField() {
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"weight\": 50.0", "\"weight\": 0")
                .replace("seed-compatible", "stable"), "summarize.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("summarize.json: field 'variants[1].weight' must be a finite number > 0, was 0.0");
        assertThatThrownBy(() -> ExperimentDefinition.builder("e").variant("a", -1, VariantConfig.of("p:m")))
                .hasMessage("experiment 'e': field 'variants[0].weight' must be a finite number > 0, was -1.0");
        assertThatThrownBy(() -> ExperimentDefinition.builder("e").variant("a", Double.MAX_VALUE, VariantConfig.of("p:m"))
                .variant("b", Double.MAX_VALUE, VariantConfig.of("p:m")).build())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("field 'variants' weights must sum to a finite positive number");
    }

    @Test
    void aSeedCompatibleDefinitionReadsZerosAndMissingWeightsAsTheArticleDoesWithAWarning() {
        String json = ARTICLE_EXPERIMENT.replace("\"targetPercent\": 100", "\"targetPercent\": 0")
                .replace("\"weight\": 50, ", "").replace("\"weight\": 50.0", "\"weight\": 0");
        List<String> warnings = new ArrayList<>();
        ExperimentDefinition definition = ExperimentDefinitions.parse(json, "summarize.json", warnings::add);

        assertThat(definition.targetPercent()).isEqualTo(100);
        assertThat(definition.variants()).extracting(VariantDefinition::weight).containsExactly(50.0, 50.0);
        assertThat(warnings).containsExactly(
                "summarize.json: field 'targetPercent' is 0; seed-compatible mode reads it as the source article does "
                        + "(targetPercent || 100): 100",
                "summarize.json: field 'variants[0].weight' is missing; seed-compatible mode reads it as the source "
                        + "article does (weight || 50): 50",
                "summarize.json: field 'variants[1].weight' is 0; seed-compatible mode reads it as the source article "
                        + "does (weight || 50): 50");
        LiveExperiment live = new LiveExperiment(definition.withEndDate(Instant.parse("2030-01-01T00:00:00Z")),
                new MutableClock(Instant.parse("2026-02-02T00:00:00Z")), FlagSource.NONE);
        for (int u = 0; u < 1000; u++) {
            assertThat(live.assign("user-" + u).assigned()).as("everyone is in, as in the article").isPresent();
        }

        String stable = json.replace("seed-compatible", "stable");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(stable, "summarize.json"))
                .hasMessage("summarize.json: field 'variants[0].weight' is required (a number)");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(stable.replace("\"id\": \"control\", ", "\"id\": \"control\", \"weight\": 1, "),
                "summarize.json")).hasMessage("summarize.json: field 'variants[1].weight' must be a finite number > 0, was 0.0");
    }

    @Test
    void duplicateVariantIdsAreRefusedNamingBoth() {
        String json = ARTICLE_EXPERIMENT.replace("\"id\": \"treatment\"", "\"id\": \"control\"");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(json, "summarize.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("summarize.json: field 'variants[1].id' duplicates 'control' of variants[0]; variant ids must be unique");
    }

    @Test
    void targetPercentOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"targetPercent\": 100", "\"targetPercent\": 100.5"), "s.json"))
                .hasMessage("s.json: field 'targetPercent' must be in [0, 100], was 100.5");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"targetPercent\": 100", "\"targetPercent\": -1"), "s.json"))
                .hasMessage("s.json: field 'targetPercent' must be in [0, 100], was -1.0");
    }

    @Test
    void unknownFieldsTypesAndSyntaxAreReportedWithTheirLocation() {
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"maxTokens\": 500, \"extra\"", "\"max_tokens\": 500, \"extra\""), "s.json"))
                .hasMessage("s.json: field 'variants[1].config.max_tokens' is not a known field here (line 7, column 26)");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"active\": true", "\"active\": \"yes\""), "s.json"))
                .hasMessage("s.json: field 'active' must be true or false, was \"yes\" (line 2, column 2)");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"mode\": \"seed-compatible\"", "\"mode\": \"md5\""), "s.json"))
                .hasMessage("s.json: field 'mode' must be \"stable\" or \"seed-compatible\", was 'md5'");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replaceFirst("anthropic:claude-sonnet-4-20250514", "claude"), "s.json"))
                .hasMessage("s.json: field 'variants[0].config.model' must be 'provider:model', e.g. 'openai:gpt-4o-mini', was 'claude'");
        assertThatThrownBy(() -> ExperimentDefinitions.parse("{\"id\": \"x\",\n \"variants\": [", "s.json"))
                .hasMessageStartingWith("s.json: field '(document)' is not valid JSON at line 2");
        assertThatThrownBy(() -> ExperimentDefinitions.parse("{\"id\": \"x\", \"variants\": []}", "s.json"))
                .hasMessage("s.json: field 'variants' must be a non-empty array, was []");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"endDate\": \"2026-02-28T00:00:00Z\"", "\"endDate\": \"2026-01-01\""), "s.json"))
                .hasMessage("s.json: field 'endDate' must be after startDate, was 2026-01-01T00:00:00Z <= 2026-02-01T00:00:00Z");
    }

    @Test
    void anUnknownFieldIsRejectedWithItsLineAndName() {
        String misspelt = ARTICLE_EXPERIMENT.replace("\"temperature\": 0.2", "\"temprature\": 0.2");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(misspelt, "s.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("s.json: field 'variants[1].config.temprature' is not a known field here (line 7, column ");
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"variants\"", "\"owner\": \"me\",\n \"variants\""), "s.json"))
                .hasMessageStartingWith("s.json: field 'owner' is not a known field here (line 3, column ");
    }

    @Test
    void valuesAreNotCoercedBetweenTypes() {
        assertThatThrownBy(() -> ExperimentDefinitions.parse("{\"id\": \"x\", \"phase\": 1.5}", "s.json"))
                .hasMessage("s.json: field 'phase' must be an integer, was 1.5 (column 13)");
        assertThatThrownBy(() -> ExperimentDefinitions.parse("{\"id\": \"x\", \"targetPercent\": \"20\"}", "s.json"))
                .hasMessage("s.json: field 'targetPercent' must be a number, was \"20\" (column 13)");
        assertThatThrownBy(() -> ExperimentDefinitions.parse("{\"id\": 7}", "s.json"))
                .hasMessage("s.json: field 'id' must be a string, was 7 (column 2)");
    }

    @Test
    void holdbackIsReadWithItsDefaultSalt() {
        ExperimentDefinition definition = ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"targetPercent\": 100", "\"targetPercent\": 100, \"holdback\": {\"percent\": 5}"), "s.json");
        assertThat(definition.holdback()).contains(new Holdback(5, Holdback.DEFAULT_SALT));
        assertThatThrownBy(() -> ExperimentDefinitions.parse(ARTICLE_EXPERIMENT.replace("\"targetPercent\": 100", "\"targetPercent\": 100, \"holdback\": {\"percent\": 100}"), "s.json"))
                .hasMessage("s.json: field 'holdback.percent' must be in [0, 100), was 100.0");
    }
}
