package dev.evalunit.judges.engine;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.JudgeTotals;
import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.run.MissingDataCheck;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.judges.suite.JudgeCalibration;
import dev.evalunit.judges.suite.StoredCalibration;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@link JudgedSuite} through the real engine, judged over HTTP by {@link StubJudgeServer}: a cached re-run of
 * a random judge reproduces the first run, judge refusals keep a treatment from shipping, and judge tokens and
 * cost are counted per score, variant and run.
 */
class JudgedRunsEngineTest {

    /** USD per million tokens configured for the stub judge. */
    private static final double INPUT_PRICE = 10;
    private static final double OUTPUT_PRICE = 30;
    private static final double CALL_COST = (StubJudgeServer.PROMPT_TOKENS * INPUT_PRICE
            + StubJudgeServer.COMPLETION_TOKENS * OUTPUT_PRICE) / 1e6;
    private static final Pattern ANSWER = Pattern.compile("(Quick|Careful) answer to question (\\d+)");

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void aCachedReRunOfARandomJudgeReproducesTheFirstRunToTheLastDigit() throws IOException {
        Random random = new Random();
        try (StubJudgeServer judge = new StubJudgeServer(prompt -> score(1 + random.nextInt(5)))) {
            run(judge, "run-1");
            // every sample's judgement is its own call, although both repeats of a case give the same output
            assertThat(judge.calls()).isEqualTo(2 * 10 * 2);
            run(judge, "run-2");
            assertThat(judge.calls()).as("the re-run is served from the cache").isEqualTo(40);
        }
        RunSummary first = files.readSummary(output.resolve("judged").resolve("run-1"));
        RunSummary again = files.readSummary(output.resolve("judged").resolve("run-2"));
        assertThat(again.comparison()).isEqualTo(first.comparison());
        for (int v = 0; v < 2; v++) {
            assertThat(again.variants().get(v).metrics()).isEqualTo(first.variants().get(v).metrics());
            assertThat(again.variants().get(v).judges()).isEqualTo(first.variants().get(v).judges());
        }
        assertThat(judgeScores("run-2")).isEqualTo(judgeScores("run-1"));
    }

    @Test
    void judgeTokensAndCostAreCountedPerScoreVariantAndRun() throws IOException {
        EngineExecutionResults results;
        try (StubJudgeServer judge = new StubJudgeServer(prompt -> score(prompt.contains("Careful") ? 4 : 3))) {
            results = run(judge, "run-1");
        }
        Path run = output.resolve("judged").resolve("run-1");
        try (Stream<SampleRecord> records = files.readResults(run)) {
            assertThat(records.flatMap(r -> r.scores().stream()).toList()).hasSize(40).allSatisfy(score -> {
                JudgeUsage usage = score.judgeUsage().orElseThrow();
                assertThat(List.of(usage.calls(), usage.inputTokens(), usage.outputTokens()))
                        .containsExactly(1, 1_000L, 40L);
                assertThat(usage.costUsd().getAsDouble()).isCloseTo(CALL_COST, within(1e-12));
            });
        }
        RunSummary summary = files.readSummary(run);
        for (VariantSummary variant : summary.variants()) {
            JudgeTotals judges = variant.judges();
            assertThat(List.of(judges.scores(), judges.errors(), judges.usage().inputTokens(),
                    judges.usage().outputTokens())).containsExactly(20L, 0L, 20_000L, 800L);
            assertThat(judges.usage().costUsd().getAsDouble()).isCloseTo(20 * CALL_COST, within(1e-12));
            // the generation cost stays the generation's: in-process models have no price
            assertThat(variant.costUsd()).isEmpty();
        }
        assertThat(summary.judges().usage().costUsd().getAsDouble()).isCloseTo(40 * CALL_COST, within(1e-12));
        assertThat(summary.judges().usage().calls()).isEqualTo(40);

        Map<String, String> entry = results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(values -> "q1".equals(values.get("case"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("judge.scores", "2").containsEntry("judge.errors", "0")
                .containsEntry("judge.tokens.input", "2000").containsEntry("judge.tokens.output", "80");
        assertThat(Double.parseDouble(entry.get("judge.costUsd"))).isCloseTo(2 * CALL_COST, within(1e-9));
    }

    @Test
    void judgeRefusalsAreErrorsThatKeepTheTreatmentFromShipping() throws IOException {
        // the careful answers are better (5 against 3), but the judge refuses those to every third question: without
        // the refusals the 7 judged cases would ship the careful variant (exact p = 2^-6)
        Function<String, String> refusing = prompt -> {
            Matcher answer = ANSWER.matcher(prompt);
            assertThat(answer.find()).isTrue();
            boolean careful = answer.group(1).equals("Careful");
            if (careful && Integer.parseInt(answer.group(2)) % 3 == 0) {
                return "I'm sorry, I can't evaluate this response.";
            }
            return score(careful ? 5 : 3);
        };
        EngineExecutionResults results;
        try (StubJudgeServer judge = new StubJudgeServer(refusing)) {
            results = run(judge, "run-1");
        }
        RunSummary summary = files.readSummary(output.resolve("judged").resolve("run-1"));
        VariantSummary careful = summary.variants().get(1);
        assertThat(List.of(careful.judges().scores(), careful.judges().errors())).containsExactly(20L, 6L);
        assertThat(careful.judges().errorRate()).isEqualTo(0.3);
        assertThat(summary.variants().get(0).judges().errors()).isZero();

        var comparison = summary.comparison().orElseThrow();
        Decision decision = comparison.decision("careful").orElseThrow();
        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(decision.reason()).contains("rubric-judge is missing for 30% of careful's cases against 0% of "
                + "quick's", "missing differently per variant", "not shipped");
        assertThat(comparison.winner()).isEqualTo("quick");
        MissingDataCheck missing = comparison.missingData("careful").orElseThrow();
        // counted per case, the unit the comparison pairs: 3 of 10 cases lack the treatment's score, none the
        // baseline's; exact McNemar on the 3 discordant cases, p = 2 * 0.5^3
        assertThat(List.of(missing.variantMissing(), missing.variantTotal(), missing.baselineMissing()))
                .containsExactly(3L, 10L, 0L);
        assertThat(missing.unit()).isEqualTo("cases");
        assertThat(missing.pValue()).isEqualTo(0.25);
        assertThat(missing.flagged()).isTrue();
        ErrorRateCheck judgeErrors = comparison.judgeErrorRates().get(0);
        assertThat(judgeErrors.variantRate()).isEqualTo(0.3);
        // compared per case, three refused cases are no significant difference (exact p = 2^-2); the missing-data
        // check above and the gate below are what stop the treatment
        assertThat(judgeErrors.pValue()).isEqualTo(0.25);
        assertThat(judgeErrors.flagged()).isFalse();
        assertThat(comparison.metric("judge_error_rate").orElseThrow().difference("careful").orElseThrow()
                .difference()).isCloseTo(0.3, within(1e-12));

        GateResult gate = summary.gates().get(0);
        assertThat(gate.status()).isEqualTo(GateResult.Status.FAILED);
        assertThat(gate.measured()).contains("careful");
        results.testEvents().failed().assertThatEvents().hasSize(1);
    }

    @Test
    void aCaseWithOneUnscoredRepeatIsMissingDifferentlyPerCase() throws IOException {
        // the judge refuses one of the two repeats of the careful answers to questions 1 and 2: 2 of 20 samples
        // (a pooled test of the samples would see no difference, p = 0.15), but 2 of 10 cases are measured on a
        // filtered subset under the treatment only
        Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
        Function<String, String> refusing = prompt -> {
            Matcher answer = ANSWER.matcher(prompt);
            assertThat(answer.find()).isTrue();
            boolean careful = answer.group(1).equals("Careful");
            if (careful && Integer.parseInt(answer.group(2)) <= 2 && refusedOnce.add(answer.group())) {
                return "I'm sorry, I can't evaluate this response.";
            }
            return score(careful ? 5 : 3);
        };
        try (StubJudgeServer judge = new StubJudgeServer(refusing)) {
            run(judge, "run-1");
        }
        var comparison = files.readSummary(output.resolve("judged").resolve("run-1")).comparison().orElseThrow();
        MissingDataCheck missing = comparison.missingData("careful").orElseThrow();
        assertThat(List.of(missing.variantMissing(), missing.variantTotal(), missing.baselineMissing(),
                missing.baselineTotal())).containsExactly(2L, 10L, 0L, 10L);
        // exact McNemar on 2 discordant cases: 2 * 0.5^2
        assertThat(missing.pValue()).isEqualTo(0.5);
        assertThat(missing.flagged()).isTrue();
        Decision decision = comparison.decision("careful").orElseThrow();
        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.CONTINUE);
        assertThat(decision.reason()).contains("missing for 20% of careful's cases", "not shipped");
    }

    @Test
    void aStoredRunIsCalibratedPerOutputAgainstHumanScoresWithoutAnyCall() throws IOException {
        try (StubJudgeServer judge = new StubJudgeServer(prompt -> score(prompt.contains("Careful") ? 4 : 3))) {
            run(judge, "run-1");
            int calls = judge.calls();
            // people scored the two repeats of q1 differently: per output there are 4 items, not 2 case means
            Path labels = output.resolve("labels.jsonl");
            Files.writeString(labels, String.join("\n",
                    "{\"variant\": \"quick\", \"case\": \"q1\", \"repeat\": 0, \"score\": 2}",
                    "{\"variant\": \"quick\", \"case\": \"q1\", \"repeat\": 1, \"score\": 3}",
                    "{\"variant\": \"careful\", \"case\": \"q1\", \"repeat\": 0, \"score\": 5}",
                    "{\"variant\": \"careful\", \"case\": \"q1\", \"repeat\": 1, \"score\": 4}"));
            Path stored = output.resolve("judged").resolve("run-1");

            List<JudgeCalibration.Agreement> agreement = StoredCalibration.scores(stored, labels, "rubric-judge",
                    JudgeCalibration.Bars.DEFAULT);

            assertThat(judge.calls()).as("no judge call").isEqualTo(calls);
            // /usr/bin/python3: scipy.stats.spearmanr([3, 3, 4, 4], [2, 3, 5, 4]).statistic -> 0.8944271909999159
            assertThat(agreement.get(0).statistic()).isEqualTo("spearman");
            assertThat(agreement.get(0).n()).isEqualTo(4);
            assertThat(agreement.get(0).value().getAsDouble()).isCloseTo(0.8944271909999159, within(1e-12));

            Files.writeString(labels, "{\"variant\": \"quick\", \"case\": \"q1\", \"repeat\": 5, \"score\": 2}");
            assertThatThrownBy(() -> StoredCalibration.scores(stored, labels, "rubric-judge", JudgeCalibration.Bars.DEFAULT))
                    .hasMessage(labels + ":1: the run " + stored + " has no output of variant 'quick', case 'q1', repeat 5");
        }
    }

    @Test
    void pairwiseJudgeTokensCostAndErrorsCountForTheComparedVariant() throws IOException {
        // prefers the careful answer in either order; garbles both orders of question 10
        Function<String, String> preferring = prompt -> prompt.contains("question 10\n") ? "no idea"
                : "{\"reasoning\": \"more careful\", \"winner\": \""
                + (prompt.indexOf("Careful answer") < prompt.indexOf("Quick answer") ? "first" : "second") + "\"}";
        try (StubJudgeServer judge = new StubJudgeServer(preferring)) {
            run(judge, "run-1", PairwiseJudgedSuite.class);
            // 10 cases x 2 repeats, each pair judged in both orders
            assertThat(judge.calls()).isEqualTo(40);
        }
        RunSummary summary = files.readSummary(output.resolve("pairwise-judged").resolve("run-1"));
        JudgeTotals careful = summary.variants().get(1).judges();
        assertThat(List.of(careful.scores(), careful.errors(), careful.usage().inputTokens(),
                careful.usage().outputTokens())).containsExactly(20L, 2L, 40_000L, 1_600L);
        assertThat((long) careful.usage().calls()).isEqualTo(40L);
        assertThat(careful.usage().costUsd().getAsDouble()).isCloseTo(40 * CALL_COST, within(1e-12));
        assertThat(summary.variants().get(0).judges().scores()).isZero();
        assertThat(summary.judges().usage().costUsd().getAsDouble()).isCloseTo(40 * CALL_COST, within(1e-12));
    }

    private EngineExecutionResults run(StubJudgeServer judge, String runId) {
        return run(judge, runId, JudgedSuite.class);
    }

    private EngineExecutionResults run(StubJudgeServer judge, String runId, Class<?> suite) {
        return EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.cache.dir", output.resolve("cache").toString())
                .configurationParameter("evalunit.run.id", runId)
                .configurationParameter("evalunit.compare.console", "false")
                .configurationParameter("evalunit.provider.openai-compatible.base-url", judge.baseUrl())
                .configurationParameter("evalunit.provider.openai-compatible.stream", "false")
                .configurationParameter("evalunit.provider.openai-compatible.price.stub-judge.input",
                        Double.toString(INPUT_PRICE))
                .configurationParameter("evalunit.provider.openai-compatible.price.stub-judge.output",
                        Double.toString(OUTPUT_PRICE))
                .selectors(selectClass(suite))
                .execute();
    }

    private List<List<Score>> judgeScores(String runId) throws IOException {
        try (Stream<SampleRecord> records = files.readResults(output.resolve("judged").resolve(runId))) {
            return records.sorted(Comparator.comparing(SampleRecord::variantId)
                            .thenComparing(SampleRecord::caseId).thenComparingInt(SampleRecord::repeat))
                    .map(SampleRecord::scores).toList();
        }
    }

    private static String score(int score) {
        return "{\"reasoning\": \"judged\", \"score\": " + score + "}";
    }
}
