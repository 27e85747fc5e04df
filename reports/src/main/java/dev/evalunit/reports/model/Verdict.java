package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import java.util.Optional;

/**
 * What the report's title, its badge and the Markdown summary's title say about a run, so that they all agree
 * with the decision banner. A suite that gates is summarised by its gates (failing cases are then counted
 * beside it, not turned into a verdict: in a comparison the baseline is expected to fail some); a suite that
 * decides without gates has no pass mark; any other suite is summarised by its cases.
 *
 * @param decision     the decision in words ({@code Ship Structured prompt}), when the suite compares
 * @param passed       the mark: whether the gates (or, without a comparison, the cases) passed; empty for a suite
 *                     that decides without gates
 * @param label        the mark in words: {@code all gates passed}, {@code 1 of 3 gates failed}, {@code no gates},
 *                     {@code all cases passed}, {@code 4 cases failed}
 * @param caseFailures failing (variant, case) results that the mark does not summarise (0 when it does)
 */
@API(status = INTERNAL, since = "0.1")
public record Verdict(Optional<String> decision, Optional<Boolean> passed, String label, int caseFailures) {

    public Verdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(passed, "passed");
        Objects.requireNonNull(label, "label");
    }

    /** The badge's style: {@code pass}, {@code fail}, or {@code base} without a mark. */
    public String tone() {
        return passed.map(p -> p ? "pass" : "fail").orElse("base");
    }

    /** The Markdown title's mark: ✅, ❌, or nothing without a mark. */
    public String mark() {
        return passed.map(p -> p ? "✅" : "❌").orElse("");
    }
}
