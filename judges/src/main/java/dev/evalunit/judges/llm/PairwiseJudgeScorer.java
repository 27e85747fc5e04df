package dev.evalunit.judges.llm;

import dev.evalunit.api.ModelClient;
import dev.evalunit.api.SampleRecord;
import dev.evalunit.api.ScorerConfigException;
import dev.evalunit.api.ScorerSetup;
import dev.evalunit.api.ScoringContext;
import dev.evalunit.api.SuiteFinding;
import dev.evalunit.api.SuiteLevelScorer;
import dev.evalunit.api.SuiteResults;
import dev.evalunit.api.SuiteScorerProvider;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code pairwise-judge} as a suite-level scorer: every variant other than the baseline is compared with the
 * baseline on every case, repeat by repeat (the baseline's repeat r against the variant's repeat r, when both
 * have an output), each pair judged {@link PairwiseJudge#repeats()} times in both orders. The verdicts become a
 * {@link SuiteFinding.Pairwise} per variant: wins, ties, losses, win rate and position bias. Options: those
 * of {@link PairwiseJudge}.
 */
public final class PairwiseJudgeScorer implements SuiteScorerProvider {

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

    private static CompletableFuture<List<SuiteFinding>> judgeAll(PairwiseJudge judge, String metric,
                                                                  SuiteResults results, ScoringContext context) {
        ModelClient client = context.judgeClient();
        Map<String, List<CompletableFuture<PairwiseVerdict>>> byVariant = new LinkedHashMap<>();
        for (String variant : results.variantIds()) {
            if (variant.equals(results.baselineId())) {
                continue;
            }
            List<CompletableFuture<PairwiseVerdict>> verdicts = new ArrayList<>();
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
                        verdicts.add(judge.compare(caseResults.testCase(), a.get(), b.get(), client, judgeRepeat)
                                .toCompletableFuture());
                    }
                }
            }
            byVariant.put(variant, verdicts);
        }
        CompletableFuture<?>[] all = byVariant.values().stream().flatMap(List::stream)
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all).thenApply(ignored -> {
            List<SuiteFinding> findings = new ArrayList<>();
            byVariant.forEach((variant, verdicts) -> findings.add(finding(metric, variant, results.baselineId(),
                    PairwiseTally.of(verdicts.stream().map(CompletableFuture::join).toList()))));
            return findings;
        });
    }

    /** The baseline is A and the variant B in {@link PairwiseJudge#compare}, so the variant wins with B. */
    static SuiteFinding.Pairwise finding(String metric, String variant, String baseline, PairwiseTally tally) {
        return new SuiteFinding.Pairwise(PairwiseJudge.NAME, metric, variant, baseline, tally.bWins(), tally.aWins(),
                tally.ties(), tally.positionBiased(), tally.failed(), tally.bWinRate(), tally.positionBiasRate());
    }
}
