package dev.evalunit.reports;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.MetricSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.VariantSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Writes a consistent run directory ({@code results.jsonl} and the {@code summary.json} the engine would
 * compute from it) for tests and benchmarks: deterministic pseudo-random outputs that differ a little between
 * variants and repeats, a {@code quality} score and an {@code exact} check on every sample, optionally a judge
 * with reasoning (repeated twice by default), and optionally an error sample every n-th call.
 */
public final class RunFixture {

    private static final String[] WORDS = ("the customer asked about a refund for an order that arrived late and"
            + " damaged so we offer a replacement or credit within five business days after review of photos"
            + " shipping label billing account password reset error code timeout retry support ticket escalated")
            .split(" ");

    private final RunFiles files = new RunFiles();
    private int variants = 2;
    private int cases = 20;
    private int repeats = 2;
    private int judgeRepeats = 2;
    private int errorEvery;
    private int words = 30;
    private IntFunction<String> caseIds = i -> "case-" + (i + 1);
    private Map<String, String> overrides = Map.of();
    private String variantName = "";
    private double qualityShift;

    public RunFixture variants(int count) {
        this.variants = count;
        return this;
    }

    public RunFixture cases(int count) {
        this.cases = count;
        return this;
    }

    public RunFixture repeats(int count) {
        this.repeats = count;
        return this;
    }

    /** Whether a judge scores every sample, twice (its repeats measure judge noise). */
    RunFixture judge(boolean on) {
        return judgeRepeats(on ? 2 : 0);
    }

    /** How many times the judge scores every sample (0: no judge). */
    public RunFixture judgeRepeats(int count) {
        this.judgeRepeats = count;
        return this;
    }

    /** Makes every n-th call an error sample (0: none). */
    public RunFixture errorEvery(int n) {
        this.errorEvery = n;
        return this;
    }

    /** Adds {@code shift} to every quality score (clamped to [0, 1]), to make a better or worse run. */
    RunFixture qualityShift(double shift) {
        this.qualityShift = shift;
        return this;
    }

    RunFixture words(int count) {
        this.words = count;
        return this;
    }

    RunFixture caseIds(IntFunction<String> ids) {
        this.caseIds = ids;
        return this;
    }

    /**
     * Replaces the output text and the quality score's reason of the given case ids (under every variant) and
     * suffixes variant names.
     */
    RunFixture hostile(Map<String, String> outputs, String nameSuffix) {
        this.overrides = outputs;
        this.variantName = nameSuffix;
        return this;
    }

    /** Writes the run into {@code directory} (created if needed) and returns it. */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        SplittableRandom random = new SplittableRandom(42);
        List<VariantSummary> summaries = new ArrayList<>();
        int call = 0;
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(RunFiles.RESULTS), StandardCharsets.UTF_8)) {
            for (int v = 0; v < variants; v++) {
                String variantId = v == 0 ? "control" : "treatment-" + v;
                List<CaseSummary> caseSummaries = new ArrayList<>();
                List<SampleRecord> all = new ArrayList<>();
                for (int c = 0; c < cases; c++) {
                    String caseId = caseIds.apply(c);
                    List<SampleRecord> records = new ArrayList<>();
                    for (int r = 0; r < repeats; r++) {
                        call++;
                        SampleRecord record = errorEvery > 0 && call % errorEvery == 0
                                ? error(variantId, caseId, r)
                                : sample(variantId, caseId, c, v, r, random);
                        records.add(record);
                        out.write(files.toLine(record));
                        out.write('\n');
                    }
                    caseSummaries.add(caseSummary(caseId, records));
                    all.addAll(records);
                }
                summaries.add(variantSummary(variantId, v, all, caseSummaries));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(RunFiles.CASES), StandardCharsets.UTF_8)) {
            for (int c = 0; c < cases; c++) {
                String caseId = caseIds.apply(c);
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("question", overrides.getOrDefault(caseId, "Where is order " + c + "?"));
                fields.put("expected", "order " + c);
                out.write(files.toLine(new CaseRecord(caseId, fields)));
                out.write('\n');
            }
        }
        boolean passed = summaries.stream().allMatch(s -> s.casesFailed() == 0);
        files.writeSummary(directory, new RunSummary(RunSummary.SCHEMA_VERSION, "support-replies", "Support replies",
                "classpath:suites/support.eval.yaml", directory.getFileName().toString(), "2026-11-21T08:00:00Z",
                "2026-11-21T08:03:05Z", repeats, 0.5, passed, summaries));
        return directory;
    }

    private SampleRecord sample(String variantId, String caseId, int c, int v, int r, SplittableRandom random) {
        String output = overrides.getOrDefault(caseId, text(c, v, r));
        double quality = Math.min(1, Math.max(0, 0.55 + qualityShift + 0.08 * v + 0.25 * Math.sin(c * 1.7) + random.nextDouble(-0.1, 0.1)));
        boolean exact = random.nextDouble() < 0.6 + 0.1 * v;
        List<Score> scores = new ArrayList<>();
        scores.add(Score.of("quality", round(quality), quality >= 0.5,
                overrides.containsKey(caseId) ? output : "quality " + round(quality)));
        scores.add(Score.check("exact", exact, exact ? "matches the reference" : "differs from the reference"));
        for (int j = 0; j < judgeRepeats; j++) {
            double verdict = Math.min(5, Math.max(1, Math.round(3 + 1.2 * Math.sin(c) + v * 0.4 + random.nextDouble(-1, 1))));
            scores.add(Score.of("helpfulness", verdict, verdict >= 3,
                    "The reply " + (verdict >= 3 ? "answers" : "misses") + " the customer's question; tone is polite.")
                    .withJudge("judge-fp-1", j));
        }
        boolean passed = scores.stream().allMatch(Score::passed);
        return new SampleRecord("support-replies", "run", variantId, caseId, r, "fp-" + variantId + caseId + r,
                Optional.of(output), Optional.empty(), OptionalDouble.of(round(300 + 400 * random.nextDouble() + 150 * v)),
                OptionalDouble.empty(), OptionalInt.of(120 + c % 40), OptionalInt.of(40 + words),
                OptionalDouble.of(0.0001 * (v + 1) + 0.00002 * (c % 5)), r > 0 && c % 7 == 0, 1, Optional.of("stop"),
                scores, passed);
    }

    private static SampleRecord error(String variantId, String caseId, int r) {
        return new SampleRecord("support-replies", "run", variantId, caseId, r, "fp-err", Optional.empty(),
                Optional.of(new SampleError(ErrorKind.RATE_LIMITED, "429 Too Many Requests after retries", 3)),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), false, 3, Optional.empty(), List.of(), false);
    }

    private String text(int c, int v, int r) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int word = (c * 7 + i * 3 + (i % (5 + v) == 0 ? v * 11 : 0) + (i % 9 == 0 ? r * 5 : 0)) % WORDS.length;
            text.append(i == 0 ? "" : " ").append(WORDS[word]);
        }
        return text.append('.').toString();
    }

    private CaseSummary caseSummary(String caseId, List<SampleRecord> records) {
        int passedRepeats = (int) records.stream().filter(SampleRecord::passed).count();
        int errors = (int) records.stream().filter(SampleRecord::isError).count();
        boolean passed = passedRepeats >= 0.5 * records.size();
        return new CaseSummary(caseId, passed, records.size(), passedRepeats, errors, metrics(records),
                mean(records.stream().filter(x -> !x.isError()).mapToDouble(x -> x.latencyMs().getAsDouble()).toArray()),
                records.stream().mapToLong(x -> x.inputTokens().orElse(0)).sum(),
                records.stream().mapToLong(x -> x.outputTokens().orElse(0)).sum(),
                passed ? Optional.empty() : Optional.of(caseId + ": " + (records.size() - passedRepeats) + " of "
                        + records.size() + " repeats failed"));
    }

    private VariantSummary variantSummary(String id, int v, List<SampleRecord> records, List<CaseSummary> cases) {
        long errors = records.stream().filter(SampleRecord::isError).count();
        List<SampleRecord> ok = records.stream().filter(x -> !x.isError()).toList();
        int passed = (int) cases.stream().filter(CaseSummary::passed).count();
        return new VariantSummary(id, (v == 0 ? "Control" : "Treatment " + v) + variantName,
                v % 2 == 0 ? "openai:gpt-4o-mini" : "anthropic:claude-3-5-haiku-latest", passed, cases.size() - passed,
                records.size(), errors, (double) errors / records.size(), metrics(records),
                mean(ok.stream().mapToDouble(x -> x.latencyMs().getAsDouble()).toArray()),
                ok.stream().mapToLong(x -> x.inputTokens().getAsInt()).sum(),
                ok.stream().mapToLong(x -> x.outputTokens().getAsInt()).sum(),
                OptionalDouble.of(ok.stream().mapToDouble(x -> x.costUsd().getAsDouble()).sum()), cases);
    }

    private static List<MetricSummary> metrics(List<SampleRecord> records) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        records.forEach(r -> r.scores().forEach(s -> s.value().ifPresent(x ->
                values.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(x))));
        List<MetricSummary> metrics = new ArrayList<>();
        values.forEach((name, list) -> {
            double mean = list.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double sd = list.size() < 2 ? 0 : Math.sqrt(list.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum()
                    / (list.size() - 1));
            metrics.add(new MetricSummary(name, list.size(), mean, sd,
                    list.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    list.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
        });
        return metrics;
    }

    private static OptionalDouble mean(double[] values) {
        return values.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(java.util.Arrays.stream(values).average().orElseThrow());
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
