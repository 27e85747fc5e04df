package dev.evalunit.engine;

import dev.evalunit.api.run.GateResult;
import dev.evalunit.engine.suite.GateSpec;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

import java.util.Map;

/** One quality gate: passes when its condition holds (or is inconclusive and allowed to be), else fails the build. */
final class GateDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "gate";

    private final GateSpec gate;

    /** Named with its suite: flat views (CI test reports, JUnit XML) show display names, and suites share gate names. */
    GateDescriptor(UniqueId uniqueId, GateSpec gate, String suiteId) {
        super(uniqueId, suiteId + " › gate: " + gate.name(), gate.source());
        this.gate = gate;
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
        GateResult result = context.suiteRun().orElseThrow().decisions().gate(gate).orElseThrow();
        context.environment().junit().reportingEntryPublished(this, ReportEntry.from(Map.of(
                "gate", result.name(), "status", result.status().name(), "required", result.required(),
                "measured", result.measured())));
        if (!result.passed()) {
            throw new AssertionFailedError(result.message());
        }
        return context;
    }
}
