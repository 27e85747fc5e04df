package dev.evalunit.engine;

import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

/**
 * One case under one variant: waits for its repeats (submitted ahead by the suite run), publishes their
 * report entry and passes when enough repeats passed.
 */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "case";

    private final SuiteCase testCase;
    private final SuiteVariant variant;

    CaseDescriptor(UniqueId uniqueId, SuiteCase testCase, SuiteVariant variant) {
        // "variant › case": flat views (CI test reports, JUnit XML) keep the two variants' runs of a case apart
        super(uniqueId, variant.variant().id() + " › " + testCase.testCase().id(), testCase.source());
        this.testCase = testCase;
        this.variant = variant;
    }

    SuiteCase testCase() {
        return testCase;
    }

    SuiteVariant variant() {
        return variant;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** Skipped when the run's early stop was reached before this case was needed. */
    @Override
    public SkipResult shouldBeSkipped(EvalUnitExecutionContext context) {
        SuiteRun run = context.suiteRun().orElseThrow();
        return run.runs(this) ? SkipResult.doNotSkip() : SkipResult.skip(run.skipReason());
    }

    @Override
    public EvalUnitExecutionContext execute(EvalUnitExecutionContext context,
                                            DynamicTestExecutor dynamicTestExecutor) {
        CaseOutcome outcome = context.suiteRun().orElseThrow().await(this);
        context.environment().junit().reportingEntryPublished(this, outcome.reportEntry());
        if (!outcome.summary().passed()) {
            throw new AssertionFailedError(outcome.summary().failure().orElseThrow());
        }
        return context;
    }
}
