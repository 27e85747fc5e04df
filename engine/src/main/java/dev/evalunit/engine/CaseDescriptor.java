package dev.evalunit.engine;

import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

import java.util.Optional;

/**
 * One case under one variant: waits for its repeats (submitted ahead by the suite run), publishes their
 * report entry and passes when enough repeats passed.
 */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "case";
    /** The longest title shown in a test name; longer ones end in an ellipsis. */
    private static final int TITLE_LENGTH = 60;

    private final SuiteCase testCase;
    private final SuiteVariant variant;

    /**
     * Named {@code suite › variant › case}, plus {@code — title} when the suite names a title field: flat views
     * (CI test reports, JUnit XML) hold every variant's run of a case, and Surefire files the cases of all YAML
     * suites of one {@code @Suite} class together, counting two tests of one name as one test run twice.
     */
    CaseDescriptor(UniqueId uniqueId, SuiteCase testCase, SuiteVariant variant, String suiteId,
                   Optional<String> titleField) {
        super(uniqueId, suiteId + " › " + variant.variant().id() + " › " + testCase.testCase().id()
                + titleField.flatMap(field -> title(testCase, field)).map(t -> " — " + t).orElse(""), testCase.source());
        this.testCase = testCase;
        this.variant = variant;
    }

    /** The case's title on one line, shortened; empty when the field is blank. */
    private static Optional<String> title(SuiteCase testCase, String field) {
        Object value = testCase.testCase().fields().get(field);
        String line = value == null ? "" : String.valueOf(value).replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(line.codePointCount(0, line.length()) <= TITLE_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…");
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
