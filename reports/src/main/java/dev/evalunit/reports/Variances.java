package dev.evalunit.reports;

import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.Section;
import dev.evalunit.reports.model.VarianceRow;
import dev.evalunit.stats.VarianceComponents;
import dev.evalunit.stats.VarianceDecomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Between-case versus within-case variance of every variant and metric, when the run repeated its cases. */
final class Variances {

    private Variances() {
    }

    static Section<List<VarianceRow>> of(RunSummary summary, RunIndex index, List<String> metrics) {
        if (summary.repeats() < 2) {
            return Section.unavailable("each case ran once (repeats: " + summary.repeats()
                    + "); separating between-case from within-case variance needs at least 2 repeats per case");
        }
        List<VarianceRow> rows = new ArrayList<>();
        for (String metric : metrics) {
            for (VariantSummary variant : summary.variants()) {
                double[][] values = index.variant(variant.variantId()).values(metric);
                long cases = Arrays.stream(values).filter(v -> v.length > 0).count();
                boolean repeated = Arrays.stream(values).anyMatch(v -> v.length > 1);
                if (cases < 2 || !repeated) {
                    continue;
                }
                VarianceComponents c = VarianceDecomposition.of(values);
                rows.add(new VarianceRow(variant.name(), metric, c.cases(), c.betweenCaseVariance(),
                        c.withinCaseVariance(), c.icc(), c.standardError(), c.narrowestBy(),
                        c.projectedStandardError(c.cases() * 2, summary.repeats()),
                        c.projectedStandardError(c.cases(), summary.repeats() * 2)));
            }
        }
        if (rows.isEmpty()) {
            return Section.unavailable("no variant has a metric with at least 2 cases of which one has 2 or more"
                    + " scored repeats");
        }
        return Section.of(rows);
    }
}
