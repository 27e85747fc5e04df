package dev.evalunit.reports;

import dev.evalunit.stats.VarianceComponents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.api.run.GateResult.Status;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.run.MetricStats;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VarianceSplit;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.winner.WinnerEvidence;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.bucketing.winner.WinnerVariant;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A decided run: 3 variants × 6 cases × 2 repeats from {@link RunFixture}, with a comparison, decisions,
 * error-rate checks and gates written by hand into the engine's {@code summary.json} records, the report's
 * suite-level findings, a {@code gitCommit} field, and a {@code winner.json} from the bucketing module's writer.
 */
final class DecidedRun {

    static final String RUN_ID = "2026-11-21T08-00-00Z";

    private DecidedRun() {
    }

    static Path write(Path suiteDirectory) throws IOException {
        Path run = new RunFixture().variants(3).cases(6).repeats(2).errorEvery(17).write(suiteDirectory.resolve(RUN_ID));
        RunFiles files = new RunFiles();
        RunSummary summary = files.readSummary(run);
        Comparison comparison = new Comparison("control", "quality", List.of("exact", "helpfulness"), 0.05, 0.95, 0.05,
                "holm", List.of(
                        new MetricComparison("quality", false, true, Direction.HIGHER, true,
                                List.of(stats("control", 0.604), stats("treatment-1", 0.685), stats("treatment-2", 0.540)),
                                List.of(difference("treatment-1", 0.604, 0.685, 0.032, 0.130, 0.0021),
                                        difference("treatment-2", 0.604, 0.540, -0.118, -0.010, 0.052))),
                        new MetricComparison("exact", false, false, Direction.HIGHER, true, List.of(),
                                List.of(difference("treatment-1", 0.750, 0.833, -0.120, 0.287, 0.72),
                                        difference("treatment-2", 0.750, 0.750, -0.210, 0.210, 1.0))),
                        new MetricComparison("latency_p95_ms", true, false, Direction.LOWER, false, List.of(), List.of())),
                List.of(new Decision("treatment-1", TreatmentVerdict.SHIP_TREATMENT, "quality", 0.081, 0.032, 0.130, 0.975, 6,
                                "ship: the 97.5% interval of quality's difference [0.032, 0.130] lies above 0"),
                        new Decision("treatment-2", TreatmentVerdict.KEEP_CONTROL, "quality", -0.064, -0.118, -0.010, 0.975, 6,
                                "keep the control: the 97.5% interval [-0.118, -0.010] lies below 0")),
                List.of(new ErrorRateCheck("treatment-1", 0.0, 0.083, 0.083, -0.03, 0.2, 0.15, false),
                        new ErrorRateCheck("treatment-2", 0.0, 0.167, 0.167, 0.02, 0.31, 0.01, true)),
                "treatment-1");
        List<GateResult> gates = List.of(
                new GateResult("quality mean of treatment-1 >= 0.60", "threshold", Optional.of("quality"),
                        Optional.of("treatment-1"), Status.PASSED, "mean ≥ 0.60", "0.685 (95% CI 0.601 to 0.769)",
                        "quality mean of treatment-1 is 0.685 ≥ 0.60", false),
                new GateResult("treatment-1 non-inferior on exact (margin 0.10)", "nonInferior", Optional.of("exact"),
                        Optional.of("treatment-1"), Status.INCONCLUSIVE, "interval low > -0.10",
                        "+0.083 (95% CI -0.120 to 0.287)",
                        "inconclusive: the interval reaches -0.120, below the margin -0.10; about 14 more cases would"
                                + " decide it", true),
                new GateResult("treatment-2 better by 0.02", "betterBy", Optional.of("quality"),
                        Optional.of("treatment-2"), Status.FAILED, "difference > 0.02", "-0.064 (95% CI -0.118 to -0.010)",
                        "treatment-2 is not better than control by 0.02: -0.064 (95% CI -0.118 to -0.010)", false));
        files.writeSummary(run, summary.withDecisions(Optional.of(comparison), gates, false).withFindings(findings()));
        addReportSections(run);
        WinnerFiles.write(winner(), run.resolve("winner.json"));
        return run;
    }

    private static void addReportSections(Path run) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(run.resolve(RunFiles.SUMMARY).toFile());
        root.put("gitCommit", "3f2c9e1");
        mapper.writerWithDefaultPrettyPrinter().writeValue(run.resolve(RunFiles.SUMMARY).toFile(), root);
    }

    private static List<SuiteFinding> findings() {
        return List.of(
                new SuiteFinding.Pairwise("pairwise-judge", "helpfulness", "treatment-1", "control", 7, 2, 3, 1, 0,
                        OptionalDouble.of(8.5 / 12), OptionalDouble.of(1 / 12.0)),
                new SuiteFinding.Calibration("rubric-judge", "quality", "treatment-1", "human_rating", List.of(
                        new SuiteFinding.Agreement("spearman", OptionalDouble.of(0.42), 12, 0.6, true),
                        new SuiteFinding.Agreement("krippendorff-alpha-interval", OptionalDouble.of(0.71), 12, 0.667,
                                false))),
                new SuiteFinding.JudgeNoise("rubric-judge", "quality", "control", 12, 24, 0, OptionalDouble.of(0.35),
                        OptionalDouble.of(0.5), OptionalDouble.of(0.5)),
                new SuiteFinding.Pairwise("pairwise-judge", "conciseness", "treatment-1", "control", 1, 1, 10, 6, 0,
                        OptionalDouble.of(0.5), OptionalDouble.of(0.5), Optional.of("first"), 0.3),
                new SuiteFinding.JudgeNoise("rubric-judge", "quality", "treatment-1", 12, 24, 0,
                        OptionalDouble.of(0.9), OptionalDouble.of(1.5), OptionalDouble.of(0.1), OptionalDouble.of(0.8)),
                new SuiteFinding.Confusion("label-match", "intent", "control", List.of("billing", "<b>shipping</b>"),
                        List.of(List.of(5, 1), List.of(0, 6)), 0, OptionalDouble.of(11 / 12.0),
                        OptionalDouble.of(0.916)),
                new SuiteFinding.Failed("pairwise-judge", "helpfulness", "treatment-2", "judge call failed: HTTP 500"));
    }

    private static MetricStats stats(String variant, double mean) {
        return new MetricStats(variant, 6, 12, mean, 0.1, mean - 0.2, mean - 0.05, mean, mean + 0.05, mean + 0.15,
                mean + 0.2, OptionalDouble.of(mean - 0.08), OptionalDouble.of(mean + 0.08),
                Optional.of(new VarianceSplit(0.01, 0.004, 0.71, 0.04, 0.03, VarianceComponents.Lever.MORE_CASES)));
    }

    private static MetricDifference difference(String variant, double before, double after, double low, double high,
                                               double adjustedP) {
        return new MetricDifference(variant, 6, 0, before, after, after - before, low, high, adjustedP / 2, adjustedP,
                adjustedP < 0.05, low - 0.01, high + 0.01, adjustedP, OptionalDouble.of(0.09), OptionalLong.of(20),
                OptionalInt.of(5));
    }

    private static WinnerFile winner() {
        VariantConfig treatment = VariantConfig.of("anthropic:claude-3-5-haiku-latest").withTemperature(0.2)
                .withMaxTokens(500).withSystemPrompt("You are a concise, friendly support agent.")
                .withPromptTemplate("Customer asks: {{question}}\nAnswer in 2-3 sentences.");
        VariantConfig control = VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.3).withMaxTokens(500)
                .withSystemPrompt("You are a support agent.").withPromptTemplate("Customer asks: {{question}}");
        return new WinnerFile(1, "exp_support_replies_v2", TreatmentVerdict.SHIP_TREATMENT,
                new WinnerVariant("treatment-1", treatment), new WinnerVariant("control", control),
                new WinnerEvidence("quality", 0.081, 0.032, 0.130, 0.0021, 6, 2,
                        "ship when the interval of the primary metric's paired difference lies above 0"),
                "support-replies", RUN_ID, Optional.of("3f2c9e1"), Instant.parse("2026-11-21T08:03:06Z"), List.of());
    }
}
