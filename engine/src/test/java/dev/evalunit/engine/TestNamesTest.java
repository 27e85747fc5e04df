package dev.evalunit.engine;

import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Gate;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.engine.decisionfixtures.QualityModels;
import dev.evalunit.engine.suite.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Test names as flat views (CI test reports, JUnit XML) show them: unique, {@code suite › variant › case} with the
 * suite's title field, gates and comparisons with their suite; Java-suite tests at a line of the suite's source file.
 */
class TestNamesTest {

    @TempDir
    Path output;

    @Test
    void casesCarryTheirTitleFieldOnOneLineAndShortened() {
        List<String> names = EvalUnitKit.engine(output, selectClasspathResource("fixtures/names/titled.eval.yaml"))
                .execute().testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();

        assertThat(names).contains("titled › polite › q1 — How do I reset my password?",
                "titled › terse › q1 — How do I reset my password?",
                "titled › terse › q2 — Why was my card charged twice for one order placed on the f…");
    }

    @Test
    void aMisspelledTitleFieldIsOneProblemWithTheFieldMeant() {
        List<Problem> problems = EvalUnitKit.problems(EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/names/mistitled.eval.yaml")));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "src/test/resources/fixtures/names/mistitled.eval.yaml:3: caseTitle 'qestion' is not a field of every "
                        + "case; did you mean 'question'?; fields every case has: id, question");
    }

    @Test
    void javaSuiteTestsAreUniquelyNamedAtTheLinesOfTheirSourceFiles() throws IOException {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(TitledSuite.class)).execute();
        List<TestDescriptor> tests = results.testEvents().started().stream().map(Event::getTestDescriptor).toList();

        assertThat(tests).extracting(TestDescriptor::getDisplayName).doesNotHaveDuplicates()
                .contains("titled-java › base › c7 — 7", "titled-java › better › c7 — 7", "titled-java › gate: quality of better ≥ 0",
                        "titled-java › comparison (baseline base, primary quality)");
        for (TestDescriptor test : tests) {
            FileSource file = (FileSource) test.getSource().orElseThrow();
            String line = Files.readAllLines(file.getFile().toPath()).get(file.getPosition().orElseThrow().getLine() - 1);
            assertThat(line).as(test.getDisplayName()).containsAnyOf("List<Case> dataset()", "@Gate(", "@Compare(");
        }
    }

    @EvalSuite(id = "titled-java", caseTitle = "n")
    @dev.evalunit.api.Compare(baseline = "base", primary = "quality")
    @Gate(metric = "quality", variant = "better", min = 0)
    static class TitledSuite extends QualityModels {

        @Override
        protected int cases() {
            return 8;
        }

        @Variants
        List<Variant> variants() {
            return List.of(variant("base"), variant("better"));
        }
    }
}
