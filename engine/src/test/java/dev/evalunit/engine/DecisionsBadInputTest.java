package dev.evalunit.engine;

import dev.evalunit.api.Compare;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Gate;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.engine.decisionfixtures.QualityModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.evalunit.engine.suite.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** Wrong compare, gates and export blocks are discovery issues at the offending line. */
class DecisionsBadInputTest {

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-baseline       | 21 | compare.baseline 'nobody' is not a variant of the suite; variants: polite, terse
            unknown-metric         | 22 | compare.primary 'accuracy' is not a metric of the suite; metrics: test-contains, pass_rate
            unknown-secondary      | 23 | compare.secondary 'speed' is not a metric of the suite
            gate-unknown-metric    | 21 | gate 'accuracy of every variant ≥ 0.5' metric 'accuracy' is not a metric of the suite
            gate-unknown-variant   | 22 | gate 'test-contains of loud ≥ 0.5' names variant 'loud', which is not a variant of the suite
            contradictory-gates    | 23 | contradict each other: test-contains of terse must be ≥ 0.8 and ≤ 0.5 (the other gate is at line 24)
            gate-without-compare   | 21 | (betterBy) compares with the baseline, so the suite needs a 'compare' block
            two-conditions         | 21 | a gate states exactly one condition
            bad-correction         | 23 | compare.correction must be 'holm' (family-wise) or 'bh' (Benjamini–Hochberg), was 'bonferroni'
            export-without-compare | 21 | export writes the comparison's winner, so the suite needs a 'compare' block
            bad-direction          | 19 | compare.directions.pass_rate must be 'higher', 'lower' or a target range '[low, high]' such as [2, 3], was 'sideways'
            """)
    void aBadDecisionBlockIsAnIssueAtItsLine(String name, int line, String problem) {
        String file = "fixtures/decisions/" + name + ".eval.yaml";
        List<Problem> problems = EvalUnitKit.problems(EvalUnitKit.engine(output, selectClasspathResource(file)));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.toString()).startsWith("src/test/resources/" + file + ":" + line + ": ").contains(problem);
            assertThat(p.source()).isEqualTo(ClasspathResourceSource.from(file, FilePosition.from(line)));
        });
    }

    @Test
    void aJavaSuiteNamesTheAnnotation() {
        List<Problem> problems = EvalUnitKit.problems(EvalUnitKit.engine(output, selectClass(BadJavaSuite.class)));

        assertThat(problems).extracting(Problem::toString).anySatisfy(m -> assertThat(m)
                        .contains("@Compare baseline: compare.baseline 'control' is not a variant of the suite"))
                .anySatisfy(m -> assertThat(m).contains("gate 'quality of nobody ≥ 0.5' names variant 'nobody'"))
                .anySatisfy(m -> assertThat(m).contains("@Compare directions: directions entry 'quality=up' must be "
                        + "'higher', 'lower' or a target range '[low, high]'"));
        assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo(ClassSource.from(BadJavaSuite.class)));
    }

    @EvalSuite(id = "bad-java")
    @Compare(baseline = "control", primary = "quality", directions = "quality=up")
    @Gate(metric = "quality", variant = "nobody", min = 0.5)
    static class BadJavaSuite extends QualityModels {

        @Variants
        List<Variant> variants() {
            return List.of(variant("base"), variant("better"));
        }
    }
}
