package dev.evalunit.engine;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.JudgeTotals;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.TokenUsage;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one case did under one variant: its summary (pass/fail by pass rate, per-metric mean and sd over the
 * repeats, latency, tokens) and the JUnit report entry that publishes it, with the judges' scores, errors,
 * tokens and cost when judges scored the case.
 *
 * @param summary     the case summary
 * @param reportEntry the report entry
 */
record CaseOutcome(CaseSummary summary, ReportEntry reportEntry) {

    private static final int MAX_REASON = 200;

    static CaseOutcome of(String variantId, String caseId, List<ScoredSample> repeats, double passRate) {
        Map<String, Accumulator> metrics = new LinkedHashMap<>();
        Accumulator latency = new Accumulator();
        long inputTokens = 0;
        long outputTokens = 0;
        int passed = 0;
        int errors = 0;
        List<String> failures = new ArrayList<>();
        for (ScoredSample scored : repeats) {
            Sample sample = scored.sample();
            if (scored.passed()) {
                passed++;
            } else {
                failures.add(describe(scored));
            }
            if (sample.isError()) {
                errors++;
                continue;
            }
            latency.add(sample.latency().orElseThrow().toNanos() / 1_000_000.0);
            Optional<TokenUsage> usage = sample.usage();
            inputTokens += usage.map(TokenUsage::input).orElse(0);
            outputTokens += usage.map(TokenUsage::output).orElse(0);
            for (Score score : scored.scores()) {
                if (score.value().isPresent()) {
                    metrics.computeIfAbsent(score.name(), n -> new Accumulator()).add(score.value().getAsDouble());
                }
            }
        }
        int total = repeats.size();
        boolean casePassed = total > 0 && passed >= Math.ceil(passRate * total - 1e-9);
        Optional<String> failure = casePassed ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "case '%s' of variant '%s': %d of %d repeats passed; passRate %s needs %d%n  %s", caseId, variantId,
                passed, total, passRate, (int) Math.ceil(passRate * total - 1e-9), String.join("\n  ", failures)));
        List<MetricSummary> summaries = new ArrayList<>();
        metrics.forEach((name, accumulator) -> summaries.add(accumulator.summary(name)));
        OptionalDouble meanLatency = latency.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(latency.mean());
        CaseSummary summary = new CaseSummary(caseId, casePassed, total, passed, errors, summaries, meanLatency,
                inputTokens, outputTokens, failure);
        return new CaseOutcome(summary, reportEntry(variantId, summary, JudgeTally.of(repeats)));
    }

    private static String describe(ScoredSample scored) {
        Sample sample = scored.sample();
        String prefix = "repeat " + sample.repeat() + ": ";
        if (sample.isError()) {
            var error = sample.error().orElseThrow();
            return prefix + "error " + error.kind() + " after " + error.attempts() + " attempt(s): "
                    + shorten(error.message());
        }
        List<String> reasons = new ArrayList<>();
        for (Score score : scored.scores()) {
            if (!score.passed()) {
                String value = score.value().isPresent() ? String.format(Locale.ROOT, "%.4g", score.value().getAsDouble())
                        : "error (" + score.error().orElse("") + ")";
                reasons.add(score.name() + " = " + value + score.reason().map(r -> " — " + shorten(r)).orElse(""));
            }
        }
        return prefix + String.join("; ", reasons);
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
    }

    private static ReportEntry reportEntry(String variantId, CaseSummary summary, JudgeTotals judges) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("variant", variantId);
        values.put("case", summary.caseId());
        values.put("repeats", Integer.toString(summary.repeats()));
        values.put("passedRepeats", Integer.toString(summary.passedRepeats()));
        values.put("errorRepeats", Integer.toString(summary.errorRepeats()));
        for (MetricSummary metric : summary.metrics()) {
            values.put(metric.name() + ".mean", ReportNumber.format(metric.mean()));
            values.put(metric.name() + ".sd", ReportNumber.format(metric.sd()));
        }
        summary.meanLatencyMs().ifPresent(ms -> values.put("latencyMs.mean", ReportNumber.format(ms)));
        values.put("tokens.input", Long.toString(summary.inputTokens()));
        values.put("tokens.output", Long.toString(summary.outputTokens()));
        if (judges.any()) {
            values.put("judge.scores", Long.toString(judges.scores()));
            values.put("judge.errors", Long.toString(judges.errors()));
            values.put("judge.tokens.input", Long.toString(judges.usage().inputTokens()));
            values.put("judge.tokens.output", Long.toString(judges.usage().outputTokens()));
            judges.usage().costUsd().ifPresent(cost -> values.put("judge.costUsd", ReportNumber.format(cost)));
        }
        return ReportEntry.from(values);
    }
}
