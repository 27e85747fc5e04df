package dev.evalunit.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The engine's root; releases the run's resources when every suite has run. */
final class EvalUnitEngineDescriptor extends EngineDescriptor implements Node<EvalUnitExecutionContext> {

    EvalUnitEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "EvalUnit");
    }

    @Override
    public void cleanUp(EvalUnitExecutionContext context) {
        context.runEnvironment().ifPresent(RunEnvironment::close);
    }
}
