package dev.evalunit.reports;

import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.reports.model.MetricCell;
import dev.evalunit.reports.model.MetricRow;
import dev.evalunit.reports.model.OperationRows;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The side-by-side rows of the variants table: every metric's mean with its 95% interval over case means,
 * then error rate, pass rate, cost, tokens and latency. The best value of a row is marked when more than one
 * variant has a value.
 */
final class MetricRows {

    static final double CONFIDENCE = 0.95;

    private MetricRows() {
    }

    /** One row per metric, in first-appearance order. */
    static List<MetricRow> quality(List<VariantSummary> variants, RunIndex index, List<String> metrics,
                                   Function<String, Direction> directions) {
        List<MetricRow> rows = new ArrayList<>();
        for (String metric : metrics) {
            Direction direction = directions.apply(metric);
            Map<String, Double> compared = new HashMap<>();
            List<MetricCell> cells = new ArrayList<>();
            for (VariantSummary variant : variants) {
                double[][] values = index.variant(variant.variantId()).values(metric);
                long cases = Arrays.stream(values).filter(v -> v.length > 0).count();
                if (cases == 0) {
                    cells.add(empty(variant.variantId()));
                    continue;
                }
                dev.evalunit.stats.SampleSummary summary = dev.evalunit.stats.SampleSummary.ofRepeats(values, CONFIDENCE);
                cells.add(new MetricCell(variant.variantId(), OptionalDouble.of(summary.summary().mean()),
                        summary.ci().map(ci -> OptionalDouble.of(ci.low())).orElse(OptionalDouble.empty()),
                        summary.ci().map(ci -> OptionalDouble.of(ci.high())).orElse(OptionalDouble.empty()),
                        cases, false));
                compared.put(variant.variantId(), meanOfCaseMeans(values, direction));
            }
            rows.add(withBest(new MetricRow(metric, "score", Optional.of(direction), cells),
                    cell -> Optional.ofNullable(compared.get(cell.variantId()))));
        }
        return rows;
    }

    /** Error rate, pass rate, cost, tokens, the judges' error rate, cost and tokens when judges ran, and latency. */
    static OperationRows operations(List<VariantSummary> variants, RunIndex index) {
        List<MetricRow> rows = new ArrayList<>();
        List<MetricRow> headline = new ArrayList<>();
        add(rows, headline, row("error rate", "percent", Optional.of(Direction.LOWER), variants,
                v -> v.samples() == 0 ? OptionalDouble.empty() : OptionalDouble.of(v.errorRate())));
        rows.add(row("case pass rate", "percent", Optional.of(Direction.HIGHER), variants, v -> {
            int cases = v.casesPassed() + v.casesFailed();
            return cases == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v.casesPassed() / cases);
        }));
        add(rows, headline, row("cost per request", "usd", Optional.of(Direction.LOWER), variants,
                v -> index.variant(v.variantId()).costPerRequest()));
        rows.add(row("cost per successful case", "usd", Optional.of(Direction.LOWER), variants,
                v -> v.costUsd().isPresent() && v.casesPassed() > 0
                        ? OptionalDouble.of(v.costUsd().getAsDouble() / v.casesPassed()) : OptionalDouble.empty()));
        rows.add(row("input tokens per request", "count", Optional.empty(), variants,
                v -> perSuccess(v.inputTokens(), index.variant(v.variantId()).successes())));
        rows.add(row("output tokens per request", "count", Optional.empty(), variants,
                v -> perSuccess(v.outputTokens(), index.variant(v.variantId()).successes())));
        rows.add(row("latency p50", "ms", Optional.of(Direction.LOWER), variants,
                v -> percentile(index.variant(v.variantId()).latencies(), 50)));
        add(rows, headline, row("latency p95", "ms", Optional.of(Direction.LOWER), variants,
                v -> percentile(index.variant(v.variantId()).latencies(), 95)));
        if (variants.stream().anyMatch(v -> v.judges().any())) {
            add(rows, headline, row("judge error rate", "percent", Optional.of(Direction.LOWER), variants,
                    v -> v.judges().any() ? OptionalDouble.of(v.judges().errorRate()) : OptionalDouble.empty()));
            add(rows, headline, row("judge cost", "usd", Optional.of(Direction.LOWER), variants,
                    v -> v.judges().any() ? v.judges().usage().costUsd() : OptionalDouble.empty()));
            rows.add(row("judge input tokens", "count", Optional.empty(), variants, v -> v.judges().any()
                    ? OptionalDouble.of(v.judges().usage().inputTokens()) : OptionalDouble.empty()));
            rows.add(row("judge output tokens", "count", Optional.empty(), variants, v -> v.judges().any()
                    ? OptionalDouble.of(v.judges().usage().outputTokens()) : OptionalDouble.empty()));
        }
        if (variants.stream().anyMatch(v -> index.variant(v.variantId()).timesToFirstToken().length > 0)) {
            rows.add(row("time to first token p50", "ms", Optional.of(Direction.LOWER), variants,
                    v -> percentile(index.variant(v.variantId()).timesToFirstToken(), 50)));
        }
        return new OperationRows(rows, headline);
    }

    private static void add(List<MetricRow> rows, List<MetricRow> headline, MetricRow row) {
        rows.add(row);
        headline.add(row);
    }

    static OptionalDouble percentile(double[] values, double p) {
        return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(Summary.percentile(values, p));
    }

    private static OptionalDouble perSuccess(long total, long successes) {
        return successes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) total / successes);
    }

    private static MetricRow row(String name, String format, Optional<Direction> direction, List<VariantSummary> variants,
                                 Function<VariantSummary, OptionalDouble> value) {
        List<MetricCell> cells = variants.stream().map(v -> {
            OptionalDouble x = value.apply(v);
            return x.isPresent() ? new MetricCell(v.variantId(), x, OptionalDouble.empty(), OptionalDouble.empty(),
                    v.samples(), false) : empty(v.variantId());
        }).toList();
        return withBest(new MetricRow(name, format, direction, cells),
                cell -> cell.value().isPresent() ? Optional.of(cell.value().getAsDouble()) : Optional.empty());
    }

    private static MetricCell empty(String variantId) {
        return new MetricCell(variantId, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0,
                false);
    }

    /**
     * The row with its best cell marked: the best by the row's direction on each cell's compared value (for a target
     * range the mean distance to it, so the variant closest to the range is best); none when all tie.
     */
    private static MetricRow withBest(MetricRow row, Function<MetricCell, Optional<Double>> comparedValue) {
        if (row.direction().isEmpty()) {
            return row;
        }
        Direction direction = row.direction().get();
        Map<String, Double> improvement = new HashMap<>();
        row.cells().forEach(c -> comparedValue.apply(c).ifPresent(v -> improvement.put(c.variantId(),
                direction.orient(v))));
        if (improvement.size() < 2) {
            return row;
        }
        double best = improvement.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (improvement.values().stream().allMatch(v -> v == best)) {
            return row;
        }
        return new MetricRow(row.name(), row.format(), row.direction(), row.cells().stream()
                .map(c -> improvement.getOrDefault(c.variantId(), Double.NaN) == best
                        ? new MetricCell(c.variantId(), c.value(), c.low(), c.high(), c.count(), true) : c)
                .toList());
    }

    /** The mean over cases of each case's mean compared value (the value, or its distance to a target range). */
    private static double meanOfCaseMeans(double[][] values, Direction direction) {
        return Arrays.stream(values).filter(v -> v.length > 0)
                .mapToDouble(v -> Arrays.stream(v).map(direction::compared).average().orElseThrow())
                .average().orElseThrow();
    }
}
