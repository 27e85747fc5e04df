package dev.evalunit.bucketing.winner;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.ExperimentDefinition.Allow;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verdict from simulated models, or one that keeps the control, reaches production only when asked for. */
class SimulatedWinnerTest {

    private static WinnerFile simulated(TreatmentVerdict decision) {
        WinnerFile real = WinnerFilesTest.winner(decision);
        return new WinnerFile(real.schemaVersion(), real.experimentId(), real.decision(), real.winner(),
                real.baseline(), real.evidence(), real.suiteId(), real.runId(), real.gitCommit(), real.timestamp(),
                List.of("openai", "anthropic"));
    }

    @Test
    void theSimulatedMarkerAndItsProvidersRoundTrip() {
        String json = WinnerFiles.toJson(simulated(TreatmentVerdict.SHIP_TREATMENT));
        assertThat(json).contains("\"simulated\" : true", "\"simulatedProviders\" : [ \"anthropic\", \"openai\" ]");

        WinnerFile read = WinnerFiles.parse(json, "winner.json");
        assertThat(read.simulated()).isTrue();
        assertThat(read.simulatedProviders()).containsExactly("anthropic", "openai");
        assertThat(WinnerFiles.toJson(WinnerFilesTest.winner(TreatmentVerdict.SHIP_TREATMENT)))
                .contains("\"simulated\" : false").doesNotContain("simulatedProviders");
    }

    @Test
    void aFileWrittenBeforeTheMarkerReadsAsRealAndAnInconsistentMarkerIsRefused() {
        String real = WinnerFiles.toJson(WinnerFilesTest.winner(TreatmentVerdict.SHIP_TREATMENT));
        String legacy = real.replace(",\n  \"simulated\" : false", "");
        assertThat(legacy).doesNotContain("simulated");
        assertThat(WinnerFiles.parse(legacy, "winner.json").simulated()).isFalse();

        assertThatThrownBy(() -> WinnerFiles.parse(real.replace("\"simulated\" : false", "\"simulated\" : true"),
                "winner.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("simulatedProviders")
                .hasMessageContaining("is required (a non-empty array of provider ids) when simulated is true");
    }

    @Test
    void fromWinnerRefusesASimulatedVerdictNamingTheProvidersAndTheOption() {
        WinnerFile winner = simulated(TreatmentVerdict.SHIP_TREATMENT);

        assertThatThrownBy(() -> ExperimentDefinition.fromWinner(winner))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("winner of experiment 'exp_summarize_v2' comes from run 2026-11-20T10-00-00Z-ab12 of "
                        + "suite summarize-suite, whose models were simulated (providers anthropic, openai): it says "
                        + "nothing about the real models. Run the suite against the real providers, or pass "
                        + "ExperimentDefinition.Allow.SIMULATED to fromWinner to use it anyway (tests, demos)");
        assertThat(ExperimentDefinition.fromWinner(winner, Allow.SIMULATED).variants()).hasSize(2);
    }

    @Test
    void fromWinnerRefusesKeepControlUnlessAllowed() {
        WinnerFile winner = WinnerFilesTest.winner(TreatmentVerdict.KEEP_CONTROL);

        assertThatThrownBy(() -> ExperimentDefinition.fromWinner(winner))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is KEEP_CONTROL: treatment 'structured' did worse than 'current' on rating")
                .hasMessageContaining("Pass ExperimentDefinition.Allow.KEEP_CONTROL to fromWinner");
        assertThat(ExperimentDefinition.fromWinner(winner, Allow.KEEP_CONTROL).control().id()).isEqualTo("current");
        // both reasons need their own permission
        assertThatThrownBy(() -> ExperimentDefinition.fromWinner(simulated(TreatmentVerdict.KEEP_CONTROL),
                Allow.KEEP_CONTROL)).hasMessageContaining("Allow.SIMULATED");
        assertThat(ExperimentDefinition.fromWinner(simulated(TreatmentVerdict.KEEP_CONTROL), Allow.SIMULATED,
                Allow.KEEP_CONTROL).id()).isEqualTo("exp_summarize_v2");
    }
}
