package dev.evalunit.engine.provider;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static final String KEY = "evalunit.provider.openai.timeout";

    @Test
    void aValueIsTrimmedAndTransformedAndAnUnsetKeyStaysEmpty() {
        assertThat(Settings.get(KEY, Optional.of(" 500ms "), Settings::duration)).contains(Duration.ofMillis(500));
        assertThat(Settings.get(KEY, Optional.of("PT2S"), Settings::duration)).contains(Duration.ofSeconds(2));
        assertThat(Settings.get(KEY, Optional.empty(), Settings::duration)).isEmpty();
    }

    @Test
    void aValueThatIsNotADurationIsAnErrorNamingTheKeyAndTheValue() {
        assertThatThrownBy(() -> Settings.get(KEY, Optional.of("soon"), Settings::duration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(KEY + " must be a positive duration such as 30s, 500ms, 2m or PT30S, was 'soon'");
        assertThatThrownBy(() -> Settings.get(KEY, Optional.of("0s"), Settings::duration))
                .hasMessageEndingWith(", was '0s'");
    }

    @Test
    void aBadNumberIsAnErrorNamingTheKeyAndTheValueNeverAnEmptyResult() {
        assertThatThrownBy(() -> Settings.get("evalunit.provider.openai.max-attempts", Optional.of("3.5"),
                Settings::positiveInt))
                .hasMessage("evalunit.provider.openai.max-attempts must be a whole number >= 1, was '3.5'");
        assertThatThrownBy(() -> Settings.get("evalunit.max-cost", Optional.of("NaN"), Settings::nonNegative))
                .hasMessage("evalunit.max-cost must be a number >= 0, was 'NaN'");
        assertThatThrownBy(() -> Settings.get("evalunit.provider.openai.stream", Optional.of("yes"), Settings::bool))
                .hasMessage("evalunit.provider.openai.stream must be true or false, was 'yes'");
    }
}
