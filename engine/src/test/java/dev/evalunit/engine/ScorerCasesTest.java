package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;

/** A scorer declared with {@code cases:} scores only those cases; the others pass without its score. */
class ScorerCasesTest {

    @TempDir
    Path output;

    @Test
    void aRestrictedScorerLeavesTheOtherCasesUnscored() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/scorer-cases/scorer-cases.eval.yaml")).execute();

        // b's output ("say nothing") lacks "please": it passes only because the scorer does not score it
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("scorer-cases › echo › a"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("scorer-cases › echo › b"), finishedSuccessfully()));
        RunFiles files = new RunFiles();
        List<SampleRecord> records;
        try (var lines = files.readResults(files.latest(output.resolve("scorer-cases")).orElseThrow())) {
            records = lines.toList();
        }
        assertThat(records).filteredOn(r -> r.caseId().equals("a")).singleElement()
                .satisfies(r -> assertThat(r.scores()).extracting(s -> s.name()).containsExactly("test-contains"));
        assertThat(records).filteredOn(r -> r.caseId().equals("b")).singleElement()
                .satisfies(r -> assertThat(r.scores()).isEmpty());
    }
}
