package dev.evalunit.engine.decision;

import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.engine.suite.GateSpec;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** A calibration gate passes only when every calibration of its judge metric reaches its bars. */
class CalibrationGateTest {

    private static final SuiteFinding.Calibration CALIBRATED = calibration("control", 0.81, false);
    private static final SuiteFinding.Calibration BELOW_BAR = calibration("candidate", 0.35, true);

    @Test
    void aJudgeBelowItsBarFailsTheBuildInsteadOfOnlyWarning() {
        GateResult result = judge(List.of(CALIBRATED, BELOW_BAR)).judge(gate(Optional.empty()));
        assertThat(result.status()).isEqualTo(GateResult.Status.FAILED);
        assertThat(result.kind()).isEqualTo("calibrated");
        assertThat(result.measured()).contains("on control: cohens-kappa 0.810", "on candidate: cohens-kappa 0.350 (below 0.6)");
        assertThat(result.required()).contains("judge's judge agrees with the human labels or scores");
    }

    @Test
    void aCalibratedJudgePasses() {
        assertThat(judge(List.of(CALIBRATED, BELOW_BAR)).judge(gate(Optional.of("control"))).status())
                .isEqualTo(GateResult.Status.PASSED);
    }

    @Test
    void noCalibrationAtAllFails() {
        GateResult result = judge(List.of()).judge(gate(Optional.of("control")));
        assertThat(result.status()).isEqualTo(GateResult.Status.FAILED);
        assertThat(result.measured()).contains("no calibration of judge (give its judge humanScore or humanLabel)");
    }

    private static GateJudge judge(List<SuiteFinding> findings) {
        return new GateJudge(new Observations(List.of("c1")), List.of("control", "candidate"), Optional.empty(),
                Optional.empty(), 1, findings);
    }

    private static GateSpec gate(Optional<String> variant) {
        return new GateSpec("calibrated", new GateSpec.Condition.Calibrated(), Optional.of("judge"), variant, false, 0,
                ClassSource.from(CalibrationGateTest.class));
    }

    private static SuiteFinding.Calibration calibration(String variant, double kappa, boolean flagged) {
        return new SuiteFinding.Calibration("rubric-judge", "judge", variant, "label",
                List.of(new SuiteFinding.Agreement("cohens-kappa", OptionalDouble.of(kappa), 20, 0.6, flagged)));
    }
}
