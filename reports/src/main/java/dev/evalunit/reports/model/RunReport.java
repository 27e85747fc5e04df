package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Everything the report shows about one finished run.
 *
 * @param meta       what ran, when, at what cost
 * @param conclusion the verdict, the decision, the gates and the winner config
 * @param tables     the variants side by side
 * @param plots      the charts
 * @param stability  variance, unstable cases and judge noise
 * @param judges     the suite-level scorers' findings: pairwise verdicts and position bias, confusion
 *                   matrices, calibration against human scores, judge noise
 * @param cases      the per-case table
 */
@API(status = INTERNAL, since = "0.1")
public record RunReport(RunMeta meta, Conclusion conclusion, VariantTables tables, Plots plots, Stability stability,
                        JudgeFindings judges, CaseTable cases) {

    public RunReport {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(plots, "plots");
        Objects.requireNonNull(stability, "stability");
        Objects.requireNonNull(judges, "judges");
        Objects.requireNonNull(cases, "cases");
    }
}
