package dev.evalunit.engine;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

import java.util.Optional;

/**
 * The immutable context nodes execute in: the run's environment and, below a suite node, that suite's run.
 *
 * @param runEnvironment the run (configuration, model client, output, listeners); empty when no suite was
 *                       selected, so that an empty run builds no thread pool or scheduler
 * @param suiteRun       the suite being run, set by the suite node for its variants and cases
 */
record EvalUnitExecutionContext(Optional<RunEnvironment> runEnvironment, Optional<SuiteRun> suiteRun)
        implements EngineExecutionContext {

    /** The run's environment, which every suite node has. */
    RunEnvironment environment() {
        return runEnvironment.orElseThrow(() -> new IllegalStateException("no suite was selected, so the run has "
                + "no environment"));
    }

    EvalUnitExecutionContext withSuiteRun(SuiteRun run) {
        return new EvalUnitExecutionContext(runEnvironment, Optional.of(run));
    }
}
