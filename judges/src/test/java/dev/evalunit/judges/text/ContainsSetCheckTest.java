package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainsSetCheckTest {

    @Test
    void containsAllReportsTheFractionFoundAndWhatIsMissing() throws Exception {
        Scorer scorer = create(new ContainsAllScorer(), Map.of("values", List.of("Paris", "Seine", "Louvre", "🗼")));
        Score score = single(scorer, "Paris lies on the Seine 🗼", Map.of());
        assertThat(score.value()).hasValue(0.75);
        assertThat(score.passed()).isFalse();
        assertThat(score.reason().orElseThrow()).contains("3 of 4 found", "missing [Louvre]");
        assertThat(score.details()).containsEntry("missing", List.of("Louvre"));
    }

    @Test
    void containsAllPassesAtTheSuitesThreshold() throws Exception {
        Scorer scorer = create(new ContainsAllScorer(), Map.of("values", List.of("a", "b", "c", "d")), 0.75);
        assertThat(single(scorer, "a b c", Map.of()).passed()).isTrue();
        assertThat(single(scorer, "a b", Map.of()).passed()).isFalse();
    }

    @Test
    void containsAnyReadsAListFieldAndIgnoresCaseWhenAsked() throws Exception {
        Scorer scorer = create(new ContainsAnyScorer(), Map.of("field", "keywords", "ignoreCase", true), "keywords");
        Map<String, Object> fields = Map.of("keywords", List.of("ÉCOLE", "lycée"));
        assertThat(single(scorer, "une e\u0301cole", fields).value()).hasValue(1.0);
        assertThat(single(scorer, "", fields).value()).hasValue(0.0);
        assertThat(single(scorer, "", fields).passed()).isFalse();
    }

    @Test
    void anEmptyListIsAConfigurationErrorOrAnErrorScore() throws Exception {
        assertThatThrownBy(() -> create(new ContainsAllScorer(), Map.of("values", List.of())))
                .hasMessageContaining("option 'values' must list at least one text");
        Scorer scorer = create(new ContainsAllScorer(), Map.of("field", "keywords"), "keywords");
        assertThat(single(scorer, "x", Map.of("keywords", List.of())).isError()).isTrue();
    }
}
