package dev.evalunit.engine;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;

import java.util.List;
import java.util.Set;

/** Test scorer {@code test-contains}: 1 when the output contains the case's {@code field} (default {@code expected}). */
public final class ContainsTestScorer implements ScorerProvider {

    @Override
    public String name() {
        return "test-contains";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        for (String option : setup.spec().options().keySet()) {
            if (!Set.of("field").contains(option)) {
                throw new ScorerConfigException("unknown option '" + option + "'; test-contains takes 'field'");
            }
        }
        String field = String.valueOf(setup.spec().options().getOrDefault("field", "expected"));
        if (!setup.caseFields().contains(field)) {
            throw new ScorerConfigException("field '" + field + "' is not a field of every case");
        }
        return Scorer.sync(input -> {
            String expected = input.testCase().text(field).orElseThrow();
            boolean found = input.output().contains(expected);
            return List.of(Score.check(name(), found, found ? "found '" + expected + "'" : "missing '" + expected + "'"));
        });
    }
}
