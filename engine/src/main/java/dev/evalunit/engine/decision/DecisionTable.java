package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.api.run.MissingDataCheck;
import org.apiguardian.api.API;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Presents a {@link Comparison}: a short console table and JUnit report entries. */
@API(status = INTERNAL, since = "0.1")
public final class DecisionTable {

    private DecisionTable() {
    }

    /** One line per metric and variant, then the decisions and any flagged error rates and missing data. */
    public static String render(String suiteName, Comparison comparison) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "variant", "mean", "vs " + comparison.baselineId(), "CI",
                "p (adj.)", ""});
        for (MetricComparison metric : comparison.metrics()) {
            for (MetricStats stats : metric.variants()) {
                String[] row = {metric.name() + (metric.primary() ? " *" : ""), stats.variantId(),
                        Numbers.format(stats.mean()), "", "", "", ""};
                metric.difference(stats.variantId()).ifPresent(d -> {
                    row[3] = (d.difference() > 0 ? "+" : "") + Numbers.format(d.difference());
                    row[4] = "[" + Numbers.format(d.ciLow()) + ", " + Numbers.format(d.ciHigh()) + "]";
                    row[5] = Numbers.format(d.adjustedPValue());
                    row[6] = d.significant() ? (better(metric, d) ? "better" : "worse") : "";
                });
                rows.add(row);
            }
        }
        StringBuilder out = new StringBuilder("evalunit comparison of ").append(suiteName).append(" (baseline ")
                .append(comparison.baselineId()).append(", * primary, ").append(Numbers.format(comparison.confidence() * 100))
                .append("% intervals, ").append(comparison.correction()).append("-adjusted p)\n");
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + Math.max(1, widths[i]) + "s  ", row[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        for (Decision decision : comparison.decisions()) {
            out.append("  decision ").append(decision.variantId()).append(": ").append(decision.outcome())
                    .append(" — ").append(decision.reason()).append('\n');
        }
        warnings(out, "error rate", comparison.errorRates(), comparison.baselineId(),
                "its quality metrics are measured on fewer, different samples");
        warnings(out, "judge error rate", comparison.judgeErrorRates(), comparison.baselineId(),
                "the judge could not score its outputs alike");
        for (MissingDataCheck check : comparison.missingData()) {
            if (check.flagged()) {
                out.append("  WARNING ").append(check.metric()).append(" is missing for ")
                        .append(percent(check.variantRate())).append(" of ").append(check.variantId()).append("'s ")
                        .append(check.unit()).append(" against ").append(percent(check.baselineRate())).append(" of ")
                        .append(comparison.baselineId()).append("'s: data missing differently per variant\n");
            }
        }
        out.append("  keep: ").append(comparison.winner()).append('\n');
        return out.toString();
    }

    private static void warnings(StringBuilder out, String rate, List<ErrorRateCheck> checks, String baseline,
                                 String consequence) {
        for (ErrorRateCheck check : checks) {
            if (check.flagged()) {
                out.append("  WARNING ").append(rate).append(" of ").append(check.variantId()).append(" is ")
                        .append(percent(check.variantRate())).append(" against ").append(percent(check.baselineRate()))
                        .append(" for ").append(baseline).append(": ").append(consequence).append('\n');
            }
        }
    }

    /** Report entries: one per compared metric, then one with the decisions and error-rate checks. */
    public static List<ReportEntry> entries(Comparison comparison) {
        List<ReportEntry> entries = new ArrayList<>();
        for (MetricComparison metric : comparison.metrics()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("metric", metric.name());
            for (MetricStats stats : metric.variants()) {
                values.put(stats.variantId() + ".mean", Numbers.format(stats.mean()));
                values.put(stats.variantId() + ".cases", Integer.toString(stats.cases()));
            }
            for (MetricDifference d : metric.differences()) {
                values.put(d.variantId() + ".difference", Numbers.format(d.difference()));
                values.put(d.variantId() + ".ci", "[" + Numbers.format(d.ciLow()) + ", " + Numbers.format(d.ciHigh()) + "]");
                values.put(d.variantId() + ".pAdjusted", Numbers.format(d.adjustedPValue()));
            }
            entries.add(ReportEntry.from(values));
        }
        Map<String, String> decisions = new LinkedHashMap<>();
        decisions.put("baseline", comparison.baselineId());
        decisions.put("primary", comparison.primaryMetric());
        comparison.decisions().forEach(d -> decisions.put("decision." + d.variantId(), d.outcome().name()));
        comparison.errorRates().forEach(e -> decisions.put("errorRate." + e.variantId(), rate(e)));
        comparison.judgeErrorRates().forEach(e -> decisions.put("judgeErrorRate." + e.variantId(), rate(e)));
        comparison.missingData().forEach(m -> decisions.put("missing." + m.variantId(), percent(m.variantRate())
                + " of " + m.unit() + (m.flagged() ? " (differs from the baseline's " + percent(m.baselineRate()) + ")"
                : "")));
        decisions.put("keep", comparison.winner());
        entries.add(ReportEntry.from(decisions));
        return entries;
    }

    private static String rate(ErrorRateCheck e) {
        return percent(e.variantRate()) + (e.flagged() ? " (differs from the baseline's " + percent(e.baselineRate())
                + ")" : "");
    }

    private static boolean better(MetricComparison metric, MetricDifference d) {
        return metric.direction().orient(d.difference()) > 0;
    }

    private static String percent(double rate) {
        return Numbers.format(rate * 100) + "%";
    }
}
