package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** The iteration filters prune variants and cases at discovery; what they leave is a partial run. */
class RunFilterTest {

    private static final String DECISIONS = "fixtures/decisions/decisions.eval.yaml";
    private static final String GREETINGS = "fixtures/yaml/greetings.eval.yaml";

    @TempDir
    Path output;

    @Test
    void variantsAndCaseGlobsKeepTheMatchingNodes() throws IOException {
        EngineExecutionResults results = engine(DECISIONS)
                .configurationParameter(Constants.FILTER_VARIANTS, "terse")
                .configurationParameter(Constants.FILTER_CASES, "a, ?x*, f*")
                .execute();

        assertThat(cases(results)).containsExactly("terse/a", "terse/f");
        assertThat(new RunFiles().readSummary(output.resolve("decisions").resolve("test-run")).partial())
                .hasValueSatisfying(reason -> assertThat(reason).contains("1 of 2 variants, 2 of 8 cases"));
    }

    @Test
    void limitKeepsTheFirstCasesInSuiteOrder() {
        EngineExecutionResults results = engine(DECISIONS).configurationParameter(Constants.FILTER_LIMIT, "3").execute();

        assertThat(cases(results)).containsExactly("polite/a", "polite/b", "polite/c", "terse/a", "terse/b", "terse/c");
    }

    @Test
    void rerunFailedRunsTheCasesThatFailedInTheLatestFullRun() {
        EngineExecutionResults full = engine(GREETINGS).execute();
        assertThat(full.testEvents().failed().count()).isEqualTo(1);

        EngineExecutionResults rerun = engine(GREETINGS).configurationParameter(Constants.FILTER_RERUN, "failed").execute();

        assertThat(cases(rerun)).containsExactly("polite/alice", "terse/alice");
        assertThat(rerun.testEvents().failed().count()).isEqualTo(1);
    }

    @Test
    void rerunFailedWithoutAFullRunRunsEveryCase() {
        EngineExecutionResults results = engine(GREETINGS).configurationParameter(Constants.FILTER_RERUN, "failed").execute();

        assertThat(cases(results)).hasSize(4);
    }

    @Test
    void aValueTheFilterDoesNotUnderstandFailsDiscoveryNamingTheKey() {
        assertThatThrownBy(() -> engine(DECISIONS).configurationParameter(Constants.FILTER_LIMIT, "ten").execute())
                .rootCause().hasMessage("evalunit.limit=ten is not a number of cases (a whole number of at least 1)");
        assertThatThrownBy(() -> engine(DECISIONS).configurationParameter(Constants.FILTER_RERUN, "all").execute())
                .rootCause().hasMessage("evalunit.rerun=all is not understood; the only value is 'failed'");
    }

    private EngineTestKit.Builder engine(String suite) {
        return EvalUnitKit.engine(output, selectClasspathResource(suite));
    }

    private static List<String> cases(EngineExecutionResults results) {
        return results.testEvents().started().filter(e -> e.getTestDescriptor() instanceof CaseDescriptor)
                .map(e -> e.getTestDescriptor().getUniqueId())
                .map(id -> id.removeLastSegment().getLastSegment().getValue() + "/" + id.getLastSegment().getValue())
                .toList();
    }
}
