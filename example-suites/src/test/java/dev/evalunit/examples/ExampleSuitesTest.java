package dev.evalunit.examples;

import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.examples.simulator.SimulatorOptions;
import dev.evalunit.examples.simulator.SimulatorStats;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.PairedResult;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the four example suites against the offline simulator twice - cleanly, and with 10% injected faults - and
 * checks what the README promises: the expected winners backed by their statistics, every gate passing, reports and
 * winner.json written, every injected fault accounted for, and the same decisions under faults. No API key is set,
 * so every summary notes that its models were simulated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleSuitesTest {

    /** Fast simulated time, short client timeouts and back-off, so the runs take seconds. */
    private static final Map<String, String> FAST = Map.of(
            "evalunit.provider.openai.timeout", "5s",
            "evalunit.provider.anthropic.timeout", "5s",
            "evalunit.retry.base-delay", "20ms",
            "evalunit.retry.max-delay", "200ms",
            "evalunit.compare.console", "false");
    private static final SimulatorOptions SIMULATOR = SimulatorOptions.DEFAULTS.withTimeScale(0.02)
            .withTimeoutDelay(Duration.ofSeconds(6));

    private ExampleRun clean;
    private ExampleRun faulty;

    @BeforeAll
    void runTheExamplesTwice(@TempDir Path output) {
        clean = ExampleRun.execute(output.resolve("clean"), "clean", SIMULATOR, FAST);
        faulty = ExampleRun.execute(output.resolve("faulty"), "faulty", SIMULATOR.withFaultRate(0.1), FAST);
    }

    @Test
    void theStructuredSummaryPromptWinsOnTheRubricAndIsCloserToTheReference() throws IOException {
        Decision decision = decision(clean, "exp_summarize_v2", "treatment");
        PairedResult similarity = PairedMetric.score(clean.samples("exp_summarize_v2"), "control", "treatment",
                "similarity");

        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.metric()).isEqualTo("quality");
        assertThat(decision.ciLow()).isGreaterThan(0.25);
        assertThat(similarity.ciLow()).isPositive();
        assertThat(mean(clean, "exp_summarize_v2", "treatment", "two_to_three_sentences")).isBetween(2.0, 3.0);
        assertThat(mean(clean, "exp_summarize_v2", "control", "two_to_three_sentences")).isGreaterThan(3.0);
    }

    @Test
    void theSentenceCountIsComparedAsCloserToItsTargetRange() throws IOException {
        MetricComparison sentences = clean.summary("exp_summarize_v2").comparison().orElseThrow()
                .metric("two_to_three_sentences").orElseThrow();
        String html = Files.readString(clean.directory("exp_summarize_v2").resolve("report.html"));

        assertThat(sentences.direction()).isEqualTo(Direction.within(2, 3));
        // the treatment's summaries sit inside the range, the control's above it: a smaller distance is better
        assertThat(sentences.difference("treatment").orElseThrow().ciHigh()).isNegative();
        assertThat(html).contains("two_to_three_sentences<span class=\"legend\"> ◎ closer to 2–3 is better</span>");
    }

    @Test
    void twoShotBeatsZeroShotOnLabelMatch() throws IOException {
        Decision decision = decision(clean, "ticket-classification", "two-shot");
        PairedResult independent = PairedMetric.score(clean.samples("ticket-classification"), "zero-shot",
                "two-shot", "label-match");

        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.ciLow()).isPositive();
        assertThat(independent.difference()).isCloseTo(decision.difference(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(independent.ciLow()).isCloseTo(decision.ciLow(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theSmallerModelIsCheaperAndNonInferiorOnCorrectness() throws IOException {
        Decision decision = decision(clean, "model-swap", "small");
        PairedResult correctness = PairedMetric.score(clean.samples("model-swap"), "large", "small", "correctness");
        PairedResult cost = PairedMetric.cost(clean.samples("model-swap"), "large", "small");

        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.metric()).isEqualTo("cost_per_request");
        assertThat(cost.ciHigh()).isNegative();
        assertThat(correctness.difference()).isNegative();
        assertThat(correctness.ciLow()).isGreaterThan(-0.08);
        assertThat(gate(clean, "model-swap", "the smaller model is at most 0.08 worse on correctness").status())
                .isEqualTo(GateResult.Status.PASSED);
    }

    @Test
    void theShippedRoutingServiceRoutesBetterWithPromptV2() throws IOException {
        Decision decision = decision(clean, "ticket-routing", "prompt-v2");

        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.ciLow()).isPositive();
        assertThat(clean.samples("ticket-routing")).allSatisfy(sample ->
                assertThat(sample.output()).hasValueSatisfying(queue ->
                        assertThat(queue).isIn("payments", "tech-support", "account-access", "general")));
    }

    @Test
    void theRagTriadShipsTheGroundedAnswererAndScoresTheSameRetrievalAlike() throws IOException {
        Decision decision = decision(clean, "rag-help-desk", "grounded");
        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.metric()).isEqualTo("faithfulness");
        assertThat(mean(clean, "rag-help-desk", "grounded", "answer-relevance"))
                .isGreaterThan(mean(clean, "rag-help-desk", "closed-book", "answer-relevance"));
        // both variants see the same retrieval: its precision does not depend on the answer
        double precision = mean(clean, "rag-help-desk", "grounded", "context-precision");
        assertThat(precision).isBetween(0.5, 1.0)
                .isEqualTo(mean(clean, "rag-help-desk", "closed-book", "context-precision"));
        // no judge names a model: every one is the run's default judge model
        assertThat(clean.samples("rag-help-desk")).flatMap(SampleRecord::scores).hasSize(2 * 10 * 3)
                .allSatisfy(score -> assertThat(score.details()).containsEntry("judgeModel", "openai:gpt-4o-mini"));
        assertThat(clean.summary("rag-help-desk").gates()).allSatisfy(gate ->
                assertThat(gate.status()).as(gate.message()).isEqualTo(GateResult.Status.PASSED));
    }

    @Test
    void everyGatePassesAndEverySuiteLeavesItsReportAndWinner() throws IOException {
        for (String suite : ExampleRun.SUITES) {
            RunSummary summary = clean.summary(suite);
            assertThat(summary.gates()).as(suite).isNotEmpty().allSatisfy(gate ->
                    assertThat(gate.status()).as(suite + ": " + gate.message()).isEqualTo(GateResult.Status.PASSED));
            assertThat(summary.providerNotes()).as(suite).isNotEmpty().allSatisfy((provider, note) -> {
                assertThat(provider).isIn("openai", "anthropic");
                assertThat(note).startsWith("simulated by the offline EvalUnit model simulator (seed "
                        + SIMULATOR.seed() + ",");
            });
            assertThat(faulty.summary(suite).providerNotes()).as(suite).isNotEmpty();
            assertThat(clean.has(suite, "report.html")).as(suite).isTrue();
            WinnerFile winner = WinnerFiles.read(clean.directory(suite).resolve("winner.json"));
            assertThat(winner.keep().variantId()).as(suite)
                    .isEqualTo(summary.comparison().orElseThrow().decisions().get(0).variantId());
            // the verdict of simulated models is marked, so production refuses it unless told otherwise
            assertThat(winner.simulated()).as(suite).isTrue();
            assertThat(winner.simulatedProviders()).as(suite)
                    .containsExactlyElementsOf(summary.providerNotes().keySet());
        }
        assertThat(confusion(clean, "ticket-classification", "two-shot").accuracy()).hasValueCloseTo(
                mean(clean, "ticket-classification", "two-shot", "label-match"), org.assertj.core.data.Offset.offset(1e-9));
        // zero-shot sometimes answers in a sentence, which label-match counts as an undeclared label
        assertThat(confusion(clean, "ticket-classification", "zero-shot").labels())
                .containsExactly("(other)", "account", "billing", "other", "technical");
        assertThat(confusion(clean, "ticket-routing", "prompt-v2").labels())
                .contains("payments", "tech-support", "account-access", "general");
        assertThat(clean.console()).contains("'openai' models are SIMULATED", "'anthropic' models are SIMULATED");
        assertThat(clean.simulator().generation().faults() + clean.simulator().judge().faults()).isZero();
    }

    @Test
    void withTenPercentFaultsTheSuitesFinishAndEveryFaultIsAccountedFor() throws IOException {
        long attempts = 0;
        long successes = 0;
        long judgedSamples = 0;
        long judgeScores = 0;
        long judgeErrors = 0;
        for (String suite : ExampleRun.SUITES) {
            List<SampleRecord> samples = faulty.samples(suite);
            RunSummary summary = faulty.summary(suite);
            assertThat(summary.comparison()).as(suite).isPresent();
            for (VariantSummary variant : summary.variants()) {
                long errors = samples.stream().filter(s -> s.variantId().equals(variant.variantId()))
                        .filter(SampleRecord::isError).count();
                assertThat(variant.errors()).as(suite + "/" + variant.variantId()).isEqualTo(errors);
                assertThat(variant.errorRate()).isEqualTo((double) errors / variant.samples());
            }
            attempts += samples.stream().mapToLong(SampleRecord::attempts).sum();
            successes += samples.stream().filter(s -> !s.isError()).count();
            List<SampleRecord> judged = samples.stream().filter(s -> !s.isError())
                    .filter(s -> s.scores().stream().anyMatch(score -> score.judgeFingerprint().isPresent())).toList();
            if (!judged.isEmpty()) {
                judgedSamples += samples.stream().filter(s -> !s.isError()).count();
                judgeScores += judged.size();
                judgeErrors += judged.stream().flatMap(s -> s.scores().stream())
                        .filter(score -> score.judgeFingerprint().isPresent() && score.isError()).count();
            }
        }
        SimulatorStats stats = faulty.simulator();
        long failedAttempts = attempts - successes;

        assertThat(stats.generation().faults()).isBetween(50L, 200L);
        // each injected fault failed an attempt that a sample records, as a retry or in its error
        assertThat(failedAttempts).isGreaterThanOrEqualTo(stats.generation().faults());
        // beyond them only the odd transport failure of a loaded machine (a stale connection, a late answer)
        assertThat(failedAttempts - stats.generation().faults()).isLessThanOrEqualTo(attempts / 100);
        // every successful sample of a judged suite has its judge score: a value, or an error saying the call failed
        assertThat(judgeScores).isEqualTo(judgedSamples);
        assertThat(stats.judge().faults()).isPositive();
        assertThat(judgeErrors).isLessThanOrEqualTo(stats.judge().faults() + judgeScores / 100);
    }

    @Test
    void theJudgedSuitesReportJudgeCostAndJudgeErrorRatePerVariant() throws IOException {
        for (String suite : List.of("exp_summarize_v2", "model-swap")) {
            for (ExampleRun run : List.of(clean, faulty)) {
                RunSummary summary = run.summary(suite);
                long journalErrors = run.samples(suite).stream().flatMap(s -> s.scores().stream())
                        .filter(score -> score.isJudged() && score.isError()).count();
                assertThat(summary.variants().stream().mapToLong(v -> v.judges().errors()).sum()).as(suite)
                        .isEqualTo(journalErrors);
                for (VariantSummary variant : summary.variants()) {
                    assertThat(variant.judges().scores()).as(suite + "/" + variant.variantId()).isPositive();
                    assertThat(variant.judges().usage().inputTokens()).as(suite).isPositive();
                    assertThat(variant.judges().usage().costUsd()).as(suite).isPresent();
                    assertThat(variant.judges().usage().costUsd().getAsDouble()).as(suite).isPositive();
                }
                assertThat(summary.comparison().orElseThrow().judgeErrorRates()).as(suite).isNotEmpty();
                String markdown = Files.readString(run.directory(suite).resolve("summary.md"));
                assertThat(markdown).as(suite).contains("| judge error rate |", "| judge cost |", "(judges $");
                String html = Files.readString(run.directory(suite).resolve("report.html"));
                assertThat(html).as(suite).contains("<td>judge error rate</td>", "<td>judge cost</td>");
            }
        }
    }

    @Test
    void theDecisionsAreTheSameWithTenPercentFaults() throws IOException {
        for (String suite : ExampleRun.SUITES) {
            Map<String, TreatmentVerdict> withoutFaults = outcomes(clean.summary(suite));
            assertThat(outcomes(faulty.summary(suite))).as(suite).isEqualTo(withoutFaults);
        }
    }

    private static SuiteFinding.Confusion confusion(ExampleRun run, String suite, String variant) throws IOException {
        return run.summary(suite).findings().stream().filter(SuiteFinding.Confusion.class::isInstance)
                .map(SuiteFinding.Confusion.class::cast).filter(f -> f.variantId().equals(variant)).findFirst()
                .orElseThrow(() -> new AssertionError("no confusion matrix of " + variant + " in " + suite));
    }

    private static Map<String, TreatmentVerdict> outcomes(RunSummary summary) {
        Map<String, TreatmentVerdict> outcomes = new HashMap<>();
        summary.comparison().orElseThrow().decisions().forEach(d -> outcomes.put(d.variantId(), d.outcome()));
        return outcomes;
    }

    private static Decision decision(ExampleRun run, String suite, String variant) throws IOException {
        return run.summary(suite).comparison().orElseThrow().decision(variant).orElseThrow();
    }

    private static GateResult gate(ExampleRun run, String suite, String name) throws IOException {
        return run.summary(suite).gates().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static double mean(ExampleRun run, String suite, String variant, String metric) throws IOException {
        return run.samples(suite).stream().filter(s -> s.variantId().equals(variant))
                .flatMap(s -> s.scores().stream()).filter(s -> s.name().equals(metric))
                .mapToDouble(s -> s.value().orElseThrow()).average().orElseThrow();
    }
}
