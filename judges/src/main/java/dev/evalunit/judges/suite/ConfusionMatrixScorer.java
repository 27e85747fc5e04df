package dev.evalunit.judges.suite;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScorerProvider;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.text.LabelMatchScorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The suite-level part of {@code label-match}: a {@link ConfusionMatrix} per variant over its samples' label
 * scores. It reads no options of its own; the per-sample {@link LabelMatchScorer} validates them.
 */
public final class ConfusionMatrixScorer implements SuiteScorerProvider {

    @Override
    public String name() {
        return LabelMatchScorer.NAME;
    }

    @Override
    public Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException {
        String metric = Options.validated(setup).metric();
        return Optional.of((results, context) -> CompletableFuture.completedFuture(
                SuiteScoring.of(findings(metric, results))));
    }

    private List<SuiteFinding> findings(String metric, SuiteResults results) {
        List<SuiteFinding> findings = new ArrayList<>();
        for (String variant : results.variantIds()) {
            List<Score> scores = results.scores(variant, metric).stream().flatMap(Collection::stream).toList();
            if (!scores.isEmpty()) {
                findings.add(finding(metric, variant, ConfusionMatrix.of(scores)));
            }
        }
        return findings;
    }

    static SuiteFinding.Confusion finding(String metric, String variant, ConfusionMatrix matrix) {
        List<List<Integer>> counts = Arrays.stream(matrix.counts())
                .map(row -> Arrays.stream(row).boxed().toList()).toList();
        return new SuiteFinding.Confusion(LabelMatchScorer.NAME, metric, variant, matrix.labels(), counts,
                matrix.errors(), matrix.accuracy(), matrix.macroF1());
    }
}
