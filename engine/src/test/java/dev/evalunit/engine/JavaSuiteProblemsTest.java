package dev.evalunit.engine;

import dev.evalunit.engine.badfixtures.NoDatasetSuite;
import dev.evalunit.engine.fixtures.HalfPassRateSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.evalunit.engine.suite.Problem;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class JavaSuiteProblemsTest {

    @TempDir
    Path output;

    @Test
    void problemsOfJavaSuitesNameTheClassOrMethodAndTheOtherSuitesStillRun() {
        EngineTestKit.Builder kit = EvalUnitKit.engine(output, selectClass(NoDatasetSuite.class),
                selectClass(HalfPassRateSuite.class));

        List<Problem> problems = EvalUnitKit.problems(kit);

        assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
                NoDatasetSuite.class.getName() + ": missing required @Dataset method supplying the cases",
                NoDatasetSuite.class.getName() + "#answer: an @EvalVariant method takes only Case, Variant and "
                        + "ModelClient parameters and returns String, ModelResponse or a CompletionStage of either");
        assertThat(problems).extracting(Problem::source).containsExactlyInAnyOrder(
                ClassSource.from(NoDatasetSuite.class),
                MethodSource.from(NoDatasetSuite.class.getName(), "answer",
                        "dev.evalunit.api.Case, java.lang.StringBuilder"));
        kit.execute().testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    }

    @Test
    void twoSuitesOfOneRunMayNotShareAnId() {
        EngineTestKit.Builder kit = EvalUnitKit.engine(output,
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource(
                        "fixtures/yaml/greetings.eval.yaml"),
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource(
                        "fixtures/bad/clash/greetings-again.eval.yaml"));

        assertThat(EvalUnitKit.problems(kit)).extracting(Problem::toString).containsExactlyInAnyOrder(
                "src/test/resources/fixtures/yaml/greetings.eval.yaml:1: suite id 'greetings' is also used by "
                        + "src/test/resources/fixtures/bad/clash/greetings-again.eval.yaml:1; suite ids name the "
                        + "output directory and must be unique",
                "src/test/resources/fixtures/bad/clash/greetings-again.eval.yaml:1: suite id 'greetings' is also "
                        + "used by src/test/resources/fixtures/yaml/greetings.eval.yaml:1; suite ids name the output "
                        + "directory and must be unique");
        kit.execute().testEvents().assertStatistics(stats -> stats.started(2).failed(2));
    }
}
