package dev.evalunit.reports.model;

import dev.evalunit.api.run.SuiteFinding;

import java.util.ArrayList;
import java.util.List;

/**
 * The suite-level scorers' findings from {@code summary.json}, grouped by kind for the report's judges section.
 *
 * @param pairwise    each variant's pairwise verdicts against the baseline, with position bias
 * @param confusion   each variant's confusion matrix
 * @param calibration each judge's agreement with human scores, per variant
 * @param noise       each repeated judge's noise, per variant
 * @param failed      suite-level scorers that could not produce their findings
 */
public record JudgeFindings(List<SuiteFinding.Pairwise> pairwise, List<SuiteFinding.Confusion> confusion,
                            List<SuiteFinding.Calibration> calibration, List<SuiteFinding.JudgeNoise> noise,
                            List<SuiteFinding.Failed> failed) {

    public JudgeFindings {
        pairwise = List.copyOf(pairwise);
        confusion = List.copyOf(confusion);
        calibration = List.copyOf(calibration);
        noise = List.copyOf(noise);
        failed = List.copyOf(failed);
    }

    /** Groups findings by kind, keeping their order. */
    public static JudgeFindings of(List<SuiteFinding> findings) {
        List<SuiteFinding.Pairwise> pairwise = new ArrayList<>();
        List<SuiteFinding.Confusion> confusion = new ArrayList<>();
        List<SuiteFinding.Calibration> calibration = new ArrayList<>();
        List<SuiteFinding.JudgeNoise> noise = new ArrayList<>();
        List<SuiteFinding.Failed> failed = new ArrayList<>();
        for (SuiteFinding finding : findings) {
            if (finding instanceof SuiteFinding.Pairwise p) {
                pairwise.add(p);
            } else if (finding instanceof SuiteFinding.Confusion c) {
                confusion.add(c);
            } else if (finding instanceof SuiteFinding.Calibration c) {
                calibration.add(c);
            } else if (finding instanceof SuiteFinding.JudgeNoise n) {
                noise.add(n);
            } else if (finding instanceof SuiteFinding.Failed f) {
                failed.add(f);
            }
        }
        return new JudgeFindings(pairwise, confusion, calibration, noise, failed);
    }

    /** Whether the run has no suite-level finding at all. */
    public boolean isEmpty() {
        return pairwise.isEmpty() && confusion.isEmpty() && calibration.isEmpty() && noise.isEmpty()
                && failed.isEmpty();
    }
}
