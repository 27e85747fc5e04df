package dev.evalunit.engine;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

import java.util.Optional;

/**
 * The immutable context nodes execute in: the run's environment and, below a suite node, that suite's run.
 *
 * @param environment the run (configuration, model client, output, listeners)
 * @param suiteRun    the suite being run, set by the suite node for its variants and cases
 */
record EvalUnitExecutionContext(RunEnvironment environment, Optional<SuiteRun> suiteRun)
        implements EngineExecutionContext {

    EvalUnitExecutionContext withSuiteRun(SuiteRun run) {
        return new EvalUnitExecutionContext(environment, Optional.of(run));
    }
}
