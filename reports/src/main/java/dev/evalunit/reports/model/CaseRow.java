package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One case across every variant.
 *
 * @param caseId      the case
 * @param fields      the case's dataset fields from {@code cases.jsonl} (empty for runs without that file)
 * @param failing     ids of the variants the case failed under
 * @param unstable    whether its repeats disagree (pass/fail or primary metric) under some variant
 * @param instability the largest standard deviation of the primary metric over its repeats, 0 if none
 * @param errors      whether some sample of it ended in an error
 * @param cells       one per variant, in variant order
 */
@API(status = INTERNAL, since = "0.1")
public record CaseRow(String caseId, List<CaseField> fields, List<String> failing,
                      boolean unstable, double instability, boolean errors, List<CaseCell> cells) {

    public CaseRow {
        Objects.requireNonNull(caseId, "caseId");
        fields = List.copyOf(fields);
        failing = List.copyOf(failing);
        cells = List.copyOf(cells);
    }
}
