package dev.evalunit.bucketing.config;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VariantConfigTest {

    private static final VariantConfig BASE = VariantConfig.of("ollama:llama3.2:1b");

    @Test
    void theModelPartMayContainColons() {
        assertThat(BASE.provider()).isEqualTo("ollama");
        assertThat(BASE.modelName()).isEqualTo("llama3.2:1b");
    }

    @Test
    void samplingParametersAreValidatedByName() {
        assertThatThrownBy(() -> BASE.withTopP(0)).isInstanceOf(InvalidConfigException.class)
                .hasMessage("field 'topP' must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> BASE.withMaxTokens(0)).hasMessage("field 'maxTokens' must be > 0, was 0");
        assertThatThrownBy(() -> BASE.withTemperature(Double.NaN)).hasMessage("field 'temperature' must be a finite number >= 0, was NaN");
        assertThatThrownBy(() -> VariantConfig.of("openai:")).hasMessage("field 'model' must be 'provider:model', e.g. 'openai:gpt-4o-mini', was 'openai:'");
    }

    @Test
    void extraParametersMustBeJsonValues() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("stop", null);
        assertThatThrownBy(() -> BASE.withExtra(withNull)).hasMessage("field 'extra.stop' must be a JSON value (string, number, boolean, list or map), was null");
        assertThatThrownBy(() -> BASE.withExtra(Map.of("logit_bias", Map.of("50256", Double.POSITIVE_INFINITY))))
                .hasMessage("field 'extra.logit_bias.50256' must be a finite number, was Infinity");
        assertThat(BASE.withExtra(Map.of("stop", List.of("\n\n"), "seed", 7)).extra()).containsOnlyKeys("seed", "stop");
    }
}
