package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.ScoringContext;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScorerProvider;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code pairwise-judge} as a suite-level scorer: every variant other than the baseline is compared with the
 * baseline on every case, repeat by repeat (the baseline's repeat r against the variant's repeat r, when both
 * have an output), each pair judged {@link PairwiseJudge#repeats()} times in both orders. The verdicts become a
 * {@link SuiteFinding.Pairwise} per variant (wins, ties, losses, win rate, position bias) and per-case values of
 * the metric for the comparison: the variant's preference (1 win, ½ tie, 0 loss; failed verdicts left out)
 * against the baseline's constant ½, so the paired difference is the win rate minus ½. Options: those of
 * {@link PairwiseJudge}.
 */
public final class PairwiseJudgeScorer implements SuiteScorerProvider {

    /** The baseline's value: what a variant scores when it is no better and no worse. */
    static final double EVEN = 0.5;

    @Override
    public String name() {
        return PairwiseJudge.NAME;
    }

    @Override
    public Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException {
        PairwiseJudge judge = PairwiseJudge.create(setup);
        String metric = Options.validated(setup).metric();
        return Optional.of((results, context) -> judgeAll(judge, metric, results, context));
    }

    /** One pair of outputs judged once (in both orders). */
    private record Judged(String variant, String caseId, CompletableFuture<PairwiseVerdict> verdict) {
    }

    private static CompletableFuture<SuiteScoring> judgeAll(PairwiseJudge judge, String metric, SuiteResults results,
                                                            ScoringContext context) {
        ModelClient client = context.judgeClient();
        List<Judged> judged = new ArrayList<>();
        for (String variant : results.variantIds()) {
            if (variant.equals(results.baselineId())) {
                continue;
            }
            for (SuiteResults.CaseResults caseResults : results.cases()) {
                List<SampleRecord> baseline = caseResults.of(results.baselineId());
                List<SampleRecord> treatment = caseResults.of(variant);
                for (int repeat = 0; repeat < Math.min(baseline.size(), treatment.size()); repeat++) {
                    Optional<String> a = baseline.get(repeat).output();
                    Optional<String> b = treatment.get(repeat).output();
                    if (a.isEmpty() || b.isEmpty()) {
                        continue;
                    }
                    for (int judgeRepeat = 0; judgeRepeat < judge.repeats(); judgeRepeat++) {
                        judged.add(new Judged(variant, caseResults.testCase().id(), judge.compare(caseResults.testCase(),
                                a.get(), b.get(), client, List.of(results.baselineId(), variant,
                                        Integer.toString(repeat)), judgeRepeat).toCompletableFuture()));
                    }
                }
            }
        }
        return CompletableFuture.allOf(judged.stream().map(Judged::verdict).toArray(CompletableFuture[]::new))
                .thenApply(ignored -> scoring(judge, metric, results, judged));
    }

    private static SuiteScoring scoring(PairwiseJudge judge, String metric, SuiteResults results,
                                        List<Judged> judged) {
        Map<String, List<PairwiseVerdict>> byVariant = new LinkedHashMap<>();
        results.variantIds().stream().filter(v -> !v.equals(results.baselineId()))
                .forEach(v -> byVariant.put(v, new ArrayList<>()));
        List<SuiteScoring.CaseValue> values = new ArrayList<>();
        Set<String> baselineCases = new LinkedHashSet<>();
        for (Judged pair : judged) {
            PairwiseVerdict verdict = pair.verdict().join();
            byVariant.get(pair.variant()).add(verdict);
            if (verdict instanceof PairwiseVerdict.Decided decided) {
                values.add(new SuiteScoring.CaseValue(metric, pair.variant(), pair.caseId(), preference(decided)));
                baselineCases.add(pair.caseId());
            }
        }
        baselineCases.forEach(caseId -> values.add(new SuiteScoring.CaseValue(metric, results.baselineId(), caseId,
                EVEN)));
        List<SuiteFinding> findings = new ArrayList<>();
        byVariant.forEach((variant, verdicts) -> findings.add(finding(metric, variant, results.baselineId(),
                PairwiseTally.of(verdicts), judge.maxPositionBias())));
        return new SuiteScoring(findings, values);
    }

    /** The variant is B in {@link PairwiseJudge#compare}: 1 when B is preferred, ½ for a tie, 0 when A is. */
    private static double preference(PairwiseVerdict.Decided decided) {
        return switch (decided.preference()) {
            case A -> 0;
            case B -> 1;
            case TIE -> EVEN;
        };
    }

    /** The baseline is A and the variant B in {@link PairwiseJudge#compare}, so the variant wins with B. */
    static SuiteFinding.Pairwise finding(String metric, String variant, String baseline, PairwiseTally tally,
                                         double maxPositionBias) {
        Optional<String> favoured = tally.firstFavoured() > tally.secondFavoured() ? Optional.of("first")
                : tally.secondFavoured() > tally.firstFavoured() ? Optional.of("second") : Optional.empty();
        return new SuiteFinding.Pairwise(PairwiseJudge.NAME, metric, variant, baseline, tally.bWins(), tally.aWins(),
                tally.ties(), tally.positionBiased(), tally.failed(), tally.bWinRate(), tally.positionBiasRate(),
                favoured, maxPositionBias);
    }
}
