package dev.evalunit.engine;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScorerProvider;
import dev.evalunit.api.spi.SuiteScoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/**
 * Test suite-level scorer {@code test-pair-count}: for each variant but the baseline, a pairwise finding whose
 * {@code wins} counts the cases both it and the baseline ran and whose {@code ties} counts its samples, so a
 * test can check what the engine hands over. Option {@code fail} (a message) makes it throw instead; option
 * {@code skip: true} asks for no suite-level work.
 */
public final class PairCountTestScorer implements SuiteScorerProvider {

    @Override
    public String name() {
        return "test-pair-count";
    }

    @Override
    public Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException {
        for (String option : setup.spec().options().keySet()) {
            if (!List.of("fail", "skip").contains(option)) {
                throw new ScorerConfigException("unknown option '" + option + "'; test-pair-count takes 'fail', 'skip'");
            }
        }
        if (Boolean.parseBoolean(String.valueOf(setup.spec().options().get("skip")))) {
            return Optional.empty();
        }
        Optional<String> failure = Optional.ofNullable(setup.spec().options().get("fail")).map(String::valueOf);
        return Optional.of((results, context) -> {
            failure.ifPresent(message -> {
                throw new IllegalStateException(message);
            });
            return CompletableFuture.completedFuture(SuiteScoring.of(count(results)));
        });
    }

    private List<SuiteFinding> count(SuiteResults results) {
        List<SuiteFinding> findings = new ArrayList<>();
        for (String variant : results.variantIds()) {
            if (variant.equals(results.baselineId())) {
                continue;
            }
            int both = 0;
            int samples = 0;
            for (SuiteResults.CaseResults c : results.cases()) {
                both += !c.of(variant).isEmpty() && !c.of(results.baselineId()).isEmpty() ? 1 : 0;
                samples += c.of(variant).size();
            }
            findings.add(new SuiteFinding.Pairwise(name(), name(), variant, results.baselineId(), both, 0, samples, 0,
                    0, OptionalDouble.empty(), OptionalDouble.empty()));
        }
        return findings;
    }
}
