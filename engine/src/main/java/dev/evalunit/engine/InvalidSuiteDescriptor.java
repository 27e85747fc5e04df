package dev.evalunit.engine;

import dev.evalunit.engine.suite.Problem;
import dev.evalunit.engine.suite.SuiteLoad;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.stream.Collectors;

/**
 * A suite that could not be read: it fails with every problem (each also reported as a discovery issue),
 * so CI goes red while the other suites still run.
 */
final class InvalidSuiteDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    private final SuiteLoad load;

    InvalidSuiteDescriptor(UniqueId uniqueId, SuiteLoad load) {
        super(uniqueId, load.displayName(), load.source());
        this.load = load;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public EvalUnitExecutionContext execute(EvalUnitExecutionContext context,
                                            DynamicTestExecutor dynamicTestExecutor) {
        throw new SuiteDefinitionException(load.problems().size() + " problem(s) in suite " + load.displayName() + ":\n"
                + load.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    /** The suite definition is invalid. */
    static final class SuiteDefinitionException extends RuntimeException {
        SuiteDefinitionException(String message) {
            super(message, null, false, false);
        }
    }
}
