package dev.evalunit.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case across every variant.
 *
 * @param caseId      the case
 * @param input       the case's input, when the run recorded it
 * @param reference   the case's reference answer, when the run recorded it
 * @param failing     ids of the variants the case failed under
 * @param unstable    whether its repeats disagree (pass/fail or primary metric) under some variant
 * @param instability the largest standard deviation of the primary metric over its repeats, 0 if none
 * @param errors      whether some sample of it ended in an error
 * @param cells       one per variant, in variant order
 */
public record CaseRow(String caseId, Optional<String> input, Optional<String> reference, List<String> failing,
                      boolean unstable, double instability, boolean errors, List<CaseCell> cells) {

    public CaseRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reference, "reference");
        failing = List.copyOf(failing);
        cells = List.copyOf(cells);
    }
}
