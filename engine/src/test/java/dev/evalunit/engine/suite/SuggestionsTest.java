package dev.evalunit.engine.suite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @Test
    void editsSwapsAndCaseCountAsDistance() {
        assertThat(Suggestions.distance("gpt-4o-mimi", "gpt-4o-mini")).isEqualTo(1);
        assertThat(Suggestions.distance("exatc", "exact")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void theClosestNamesComeFirstAndFarNamesNotAtAll() {
        List<String> models = List.of("gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "o3", "claude-3-opus");

        assertThat(Suggestions.closest("gpt-4o-mimi", models)).containsExactly("gpt-4o-mini", "gpt-4.1-mini");
        assertThat(Suggestions.closest("Exact", List.of("exact", "contains"))).containsExactly("exact");
        assertThat(Suggestions.closest("o4", List.of("o3", "gpt-5"))).containsExactly("o3");
        assertThat(Suggestions.closest("accuracy", List.of("test-contains", "pass_rate"))).isEmpty();
    }

    @Test
    void aHintReadsAsAQuestionOrIsEmpty() {
        assertThat(Suggestions.hint("polit", List.of("polite", "terse"))).isEqualTo("; did you mean 'polite'?");
        assertThat(Suggestions.hint("nobody", List.of("polite", "terse"))).isEmpty();
    }
}
