package dev.evalunit.engine;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.engine.decision.DecisionTable;
import dev.evalunit.engine.suite.CompareSpec;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The {@code comparison} test after a suite's variants: computes the comparison (once per suite run),
 * publishes it as report entries and logs its table at {@code INFO} on the logger {@value #TABLE_LOGGER}, which a
 * user routes like any other (by default {@code java.util.logging} prints it on standard error). It fails only
 * when the comparison cannot be computed.
 */
final class ComparisonDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "comparison";
    static final String VALUE = "compare";

    /** The logger the comparison table goes to. */
    static final String TABLE_LOGGER = "dev.evalunit.comparison";

    private static final System.Logger TABLE = System.getLogger(TABLE_LOGGER);

    /** Named with its suite, as gates are: flat views (CI test reports, JUnit XML) hold every suite's nodes. */
    ComparisonDescriptor(UniqueId uniqueId, CompareSpec spec, String suiteId) {
        super(uniqueId, suiteId + " › comparison (baseline " + spec.baseline() + ", primary " + spec.primary() + ")",
                spec.source());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SkipResult shouldBeSkipped(EvalUnitExecutionContext context) {
        return RunSelection.decisionsSkipped(context);
    }

    @Override
    public EvalUnitExecutionContext execute(EvalUnitExecutionContext context,
                                            DynamicTestExecutor dynamicTestExecutor) {
        SuiteRun run = context.suiteRun().orElseThrow();
        Comparison comparison = run.decisions().comparison().orElseThrow();
        DecisionTable.entries(comparison)
                .forEach(entry -> context.environment().junit().reportingEntryPublished(this, entry));
        if (context.environment().configuration().getBoolean(Constants.COMPARE_CONSOLE)
                .orElse(Constants.COMPARE_CONSOLE_DEFAULT)) {
            TABLE.log(System.Logger.Level.INFO,
                    context.environment().mask().apply(DecisionTable.render(run.suiteName(), comparison)));
        }
        return context;
    }
}
