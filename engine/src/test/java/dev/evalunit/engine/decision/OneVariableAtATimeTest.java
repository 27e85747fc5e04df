package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.Variant;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OneVariableAtATimeTest {

    private static final Variant CONTROL = new Variant("control", "Control", new ModelRef("openai", "gpt-4o"),
            Optional.of("You are terse."), Optional.of("Summarize: {{text}}"),
            SamplingParams.DEFAULTS.withTemperature(0.3).withMaxTokens(500));

    private static Variant variant(String id, ModelRef model, String template, SamplingParams params) {
        return new Variant(id, id, model, CONTROL.systemPrompt(), Optional.of(template), params);
    }

    @Test
    void oneChangedVariableIsNoWarningWhateverItsParts() {
        Variant prompt = new Variant("prompt", "Prompt", CONTROL.model(), Optional.of("You are kind."),
                Optional.of("Summarize in 2 sentences: {{text}}"), CONTROL.params());
        Variant parameters = variant("parameters", CONTROL.model(), CONTROL.promptTemplate().orElseThrow(),
                SamplingParams.DEFAULTS.withTemperature(0.2).withMaxTokens(300));
        assertThat(OneVariableAtATime.warning(CONTROL, prompt)).isEmpty();
        assertThat(OneVariableAtATime.warning(CONTROL, parameters)).isEmpty();
        assertThat(OneVariableAtATime.warning(CONTROL, CONTROL)).isEmpty();
    }

    @Test
    void theSourceArticlesPromptAndTemperatureChangeIsNamed() {
        // the article's own example changes the prompt and the temperature (0.3 -> 0.2) together
        Variant treatment = variant("treatment", CONTROL.model(), "Summarize in 2-3 sentences: {{text}}",
                SamplingParams.DEFAULTS.withTemperature(0.2).withMaxTokens(500));
        assertThat(OneVariableAtATime.warning(CONTROL, treatment)).contains("treatment differs from control in 2"
                + " variables at once (prompt: prompt template; parameters: temperature 0.3 → 0.2), so the result"
                + " cannot be attributed to one of them: test one variable at a time");
    }

    @Test
    void allThreeVariablesAndExtraParametersAreNamed() {
        Variant treatment = new Variant("swap", "Swap", new ModelRef("anthropic", "claude-3-5-haiku-latest"),
                Optional.empty(), CONTROL.promptTemplate(),
                new SamplingParams(CONTROL.params().temperature(), CONTROL.params().topP(), CONTROL.params().maxTokens(),
                        Map.of("seed", 7)));
        assertThat(OneVariableAtATime.warning(CONTROL, treatment)).hasValueSatisfying(w -> assertThat(w)
                .contains("in 3 variables at once", "model openai:gpt-4o → anthropic:claude-3-5-haiku-latest",
                        "prompt: system prompt", "parameters: seed unset → 7"));
    }

    @Test
    void theDecisionOfATreatmentChangingTwoVariablesCarriesTheWarning() {
        Variant treatment = variant("treatment", new ModelRef("openai", "gpt-4o-mini"), "Summarize: {{text}}",
                SamplingParams.DEFAULTS.withTemperature(0.7).withMaxTokens(500));
        Decision decision = new Decision("treatment", TreatmentVerdict.SHIP_TREATMENT, "quality", 0.4, 0.2, 0.6, 0.95,
                30, "treatment − control on quality = 0.4");
        Comparison comparison = new Comparison("control", "quality", List.of(), 0.05, 0.95, 0, "holm", List.of(),
                List.of(decision), List.of(), "treatment");
        Decision annotated = OneVariableAtATime.annotate(comparison, List.of(CONTROL, treatment)).decisions().get(0);
        assertThat(annotated.reason()).startsWith(decision.reason() + "; but treatment differs from control in 2")
                .contains("model openai:gpt-4o → openai:gpt-4o-mini", "temperature 0.3 → 0.7");
        assertThat(annotated.outcome()).isEqualTo(decision.outcome());
        assertThat(annotated.ciLow()).isEqualTo(decision.ciLow());
    }
}
