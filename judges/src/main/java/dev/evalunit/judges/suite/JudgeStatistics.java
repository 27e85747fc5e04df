package dev.evalunit.judges.suite;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScorerProvider;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.judges.Options;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The suite-level part of the LLM judges ({@code rubric-judge}, {@code g-eval}, {@code correctness-judge}):
 * per variant, {@link JudgeNoiseEstimate} when the judge is repeated ({@code repeats} &gt; 1), and {@link JudgeCalibration}
 * against the human scores in the case field {@code humanScore} (Spearman's ρ, interval Krippendorff's α) or the
 * human labels in {@code humanLabel} (each judgement's score as a category: Cohen's κ, nominal α), flagged below
 * {@code minSpearman} (default 0.6), {@code minKappa} (0.6) or {@code minAlpha} (0.667). A declaration with none
 * of these asks for no suite-level work.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class JudgeStatistics implements SuiteScorerProvider {

    /** The options this part reads (the per-sample judge accepts them too). */
    public static final List<String> KEYS = List.of("humanScore", "humanLabel", "minSpearman", "minKappa",
            "minAlpha");

    private final String name;

    JudgeStatistics(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.validated(setup);
        String metric = options.metric();
        boolean repeated = options.integer("repeats", 1, 100).orElse(1) > 1;
        Optional<String> humanScore = options.caseField("humanScore");
        Optional<String> humanLabel = options.caseField("humanLabel");
        JudgeCalibration.Bars bars = new JudgeCalibration.Bars(bar(options, "minKappa", JudgeCalibration.Bars.DEFAULT.kappa()),
                bar(options, "minSpearman", JudgeCalibration.Bars.DEFAULT.spearman()),
                bar(options, "minAlpha", JudgeCalibration.Bars.DEFAULT.alpha()));
        if (humanScore.isEmpty() && humanLabel.isEmpty()
                && (options.has("minSpearman") || options.has("minKappa") || options.has("minAlpha"))) {
            throw options.problem("humanScore", "or humanLabel is required with minSpearman, minKappa or minAlpha: "
                    + "the case field holding the human score or label to calibrate against");
        }
        if (!repeated && humanScore.isEmpty() && humanLabel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((results, context) -> CompletableFuture.completedFuture(
                SuiteScoring.of(findings(metric, repeated, humanScore, humanLabel, bars, results))));
    }

    private static double bar(Options options, String key, double fallback) throws ScorerConfigException {
        double bar = options.number(key).orElse(fallback);
        if (bar < -1 || bar > 1) {
            throw options.problem(key, "must lie in [-1, 1], was " + bar);
        }
        return bar;
    }

    private List<SuiteFinding> findings(String metric, boolean repeated, Optional<String> humanScore,
                                        Optional<String> humanLabel, JudgeCalibration.Bars bars, SuiteResults results) {
        List<SuiteFinding> findings = new ArrayList<>();
        for (String variant : results.variantIds()) {
            List<List<Score>> perSample = results.scores(variant, metric);
            if (perSample.isEmpty()) {
                continue;
            }
            if (repeated) {
                JudgeNoiseEstimate noise = JudgeNoiseEstimate.of(perSample);
                findings.add(new SuiteFinding.JudgeNoise(name, metric, variant, noise.samples(), noise.judgements(),
                        noise.errors(), noise.judgeSd(), noise.meanRange(), noise.agreementRate(),
                        noise.judgeShare(perCase(variant, metric, results))));
            }
            humanScore.ifPresent(field -> findings.add(calibration(metric, variant, field, bars, results)));
            humanLabel.ifPresent(field -> findings.add(labelCalibration(metric, variant, field, bars, results)));
        }
        return findings;
    }

    /** For each case, each of the variant's samples' scores of the metric. */
    private static List<List<List<Score>>> perCase(String variant, String metric, SuiteResults results) {
        return results.cases().stream().map(caseResults -> caseResults.of(variant).stream()
                .map(sample -> sample.scores().stream().filter(s -> s.name().equals(metric)).toList()).toList())
                .toList();
    }

    private SuiteFinding calibration(String metric, String variant, String field, JudgeCalibration.Bars bars,
                                     SuiteResults results) {
        Map<Case, List<Score>> judged = new LinkedHashMap<>();
        for (SuiteResults.CaseResults caseResults : results.cases()) {
            List<Score> scores = new ArrayList<>();
            for (SampleRecord sample : caseResults.of(variant)) {
                sample.scores().stream().filter(s -> s.name().equals(metric)).forEach(scores::add);
            }
            judged.put(caseResults.testCase(), scores);
        }
        try {
            return calibrationFinding(metric, variant, field, JudgeCalibration.againstHumanScores(judged, field, bars));
        } catch (IllegalArgumentException e) {
            return new SuiteFinding.Failed(name, metric, variant, "calibration: " + e.getMessage());
        }
    }

    /** Each usable judgement's score as a category against the case's human label, item by item. */
    private SuiteFinding labelCalibration(String metric, String variant, String field, JudgeCalibration.Bars bars,
                                          SuiteResults results) {
        List<String> judge = new ArrayList<>();
        List<String> human = new ArrayList<>();
        for (SuiteResults.CaseResults caseResults : results.cases()) {
            for (SampleRecord sample : caseResults.of(variant)) {
                for (Score score : sample.scores()) {
                    if (score.name().equals(metric) && !score.isError()) {
                        Optional<String> label = caseResults.testCase().text(field).map(JudgeStatistics::label);
                        if (label.isEmpty() || label.get().isEmpty()) {
                            return new SuiteFinding.Failed(name, metric, variant, "calibration: case '"
                                    + caseResults.testCase().id() + "' has no human label in field '" + field + "'");
                        }
                        judge.add(label(String.valueOf(score.value().getAsDouble())));
                        human.add(label.get());
                    }
                }
            }
        }
        if (judge.isEmpty()) {
            return new SuiteFinding.Failed(name, metric, variant, "calibration: no usable judge score to compare with"
                    + " the human labels in '" + field + "'");
        }
        return calibrationFinding(metric, variant, field, JudgeCalibration.labels(judge, human, bars));
    }

    /** A label as text; numbers in one spelling, so a judge's 4.0 matches a human's "4". */
    private static String label(String text) {
        String trimmed = text.trim();
        try {
            double number = Double.parseDouble(trimmed);
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                    : Double.toString(number);
        } catch (NumberFormatException e) {
            return trimmed;
        }
    }

    private SuiteFinding calibrationFinding(String metric, String variant, String field,
                                            List<JudgeCalibration.Agreement> agreements) {
        return new SuiteFinding.Calibration(name, metric, variant, field, agreements.stream()
                .map(a -> new SuiteFinding.Agreement(a.statistic(), a.value(), a.n(), a.bar(), a.flagged())).toList());
    }

    /** {@code rubric-judge}. */
    public static final class Rubric extends JudgeStatistics {
        public Rubric() {
            super("rubric-judge");
        }
    }

    /** {@code g-eval}. */
    public static final class GEval extends JudgeStatistics {
        public GEval() {
            super("g-eval");
        }
    }

    /** {@code correctness-judge}. */
    public static final class Correctness extends JudgeStatistics {
        public Correctness() {
            super("correctness-judge");
        }
    }
}
