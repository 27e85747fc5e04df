package dev.evalunit.engine;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.JudgeTotals;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.Variant;
import dev.evalunit.api.run.VariantSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Running totals of one variant while its cases complete: metrics over every non-error score, error
 * count, latency, tokens and cost, the judges' scores, errors, tokens and cost, and each case's summary. Samples themselves are not kept.
 */
final class VariantTally {

    private final Variant variant;
    private final Map<String, Accumulator> metrics = new LinkedHashMap<>();
    private final Accumulator latency = new Accumulator();
    private final List<CaseSummary> cases = new ArrayList<>();
    private long samples;
    private long errors;
    private long inputTokens;
    private long outputTokens;
    private double cost;
    private boolean costKnown = true;
    private JudgeTotals judges = JudgeTotals.NONE;

    VariantTally(Variant variant) {
        this.variant = variant;
    }

    synchronized void add(List<ScoredSample> repeats, CaseSummary summary) {
        cases.add(summary);
        judges = judges.plus(JudgeTally.of(repeats));
        for (ScoredSample scored : repeats) {
            Sample sample = scored.sample();
            samples++;
            if (sample.isError()) {
                errors++;
                continue;
            }
            latency.add(sample.latency().orElseThrow().toNanos() / 1_000_000.0);
            sample.usage().ifPresent(usage -> {
                inputTokens += usage.input();
                outputTokens += usage.output();
            });
            if (sample.costUsd().isPresent()) {
                cost += sample.costUsd().getAsDouble();
            } else {
                costKnown = false;
            }
            for (Score score : scored.scores()) {
                if (score.value().isPresent()) {
                    metrics.computeIfAbsent(score.name(), n -> new Accumulator()).add(score.value().getAsDouble());
                }
            }
        }
    }

    synchronized VariantSummary summary() {
        List<MetricSummary> summaries = new ArrayList<>();
        metrics.forEach((name, accumulator) -> summaries.add(accumulator.summary(name)));
        int passed = (int) cases.stream().filter(CaseSummary::passed).count();
        boolean anySuccess = samples > errors;
        return new VariantSummary(variant.id(), variant.name(), variant.model().toString(), passed,
                cases.size() - passed, samples, errors, samples == 0 ? 0.0 : (double) errors / samples, summaries,
                latency.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(latency.mean()),
                inputTokens, outputTokens, anySuccess && costKnown ? OptionalDouble.of(cost) : OptionalDouble.empty(),
                cases, judges);
    }
}
