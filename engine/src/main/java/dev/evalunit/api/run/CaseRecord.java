package dev.evalunit.api.run;

import dev.evalunit.api.Case;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a run's {@code cases.jsonl}: a case's fields, written once per case when its first variant
 * has run it, so reports can show each case's input and reference.
 *
 * @param caseId the case
 * @param fields the case's dataset fields, in dataset order
 */
public record CaseRecord(String caseId, Map<String, Object> fields) {

    public CaseRecord {
        Objects.requireNonNull(caseId, "caseId");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /** The record of a case. */
    public static CaseRecord of(Case testCase) {
        return new CaseRecord(testCase.id(), testCase.fields());
    }
}
