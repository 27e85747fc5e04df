package dev.evalunit.engine;

import dev.evalunit.engine.suite.Problem;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.List;

/** The evalunit engine under EngineTestKit, writing its run output to a test's temporary directory. */
final class EvalUnitKit {

    private EvalUnitKit() {
    }

    static EngineTestKit.Builder engine(Path output, DiscoverySelector... selectors) {
        return EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                .configurationParameter(Constants.RUN_ID, "test-run")
                .selectors(selectors);
    }

    /** The problems of every suite that could not be read, as its failing node reports them. */
    static List<Problem> problems(EngineTestKit.Builder kit) {
        return kit.execute().testEvents().failed().stream()
                .flatMap(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().stream())
                .map(Throwable::getCause)
                .filter(InvalidSuiteDescriptor.SuiteProblems.class::isInstance)
                .flatMap(cause -> ((InvalidSuiteDescriptor.SuiteProblems) cause).problems().stream())
                .toList();
    }
}
