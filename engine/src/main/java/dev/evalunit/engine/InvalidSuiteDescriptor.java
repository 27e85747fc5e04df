package dev.evalunit.engine;

import dev.evalunit.engine.suite.JavaSourceFile;
import dev.evalunit.engine.suite.Problem;
import dev.evalunit.engine.suite.SuiteLoad;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A suite that could not be read: it fails with every problem, so CI goes red while the other suites still run.
 * The problems are the failure's cause, not its message: Surefire prints a failure's message twice (at the test
 * and in the summary) and its cause once, and they are not discovery issues, which the JUnit launcher logs on every
 * discovery (Surefire and the {@code @Suite} engine discover up to three times).
 */
final class InvalidSuiteDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    private final SuiteLoad load;

    InvalidSuiteDescriptor(UniqueId uniqueId, SuiteLoad load) {
        super(uniqueId, load.displayName(), testSource(load.source()));
        this.load = load;
    }

    /** A suite class as the Java file, since Surefire gives a test with a class source no name in its XML. */
    private static TestSource testSource(TestSource suite) {
        return suite instanceof ClassSource type ? JavaSourceFile.of(type.getJavaClass()).suite() : suite;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public EvalUnitExecutionContext execute(EvalUnitExecutionContext context,
                                            DynamicTestExecutor dynamicTestExecutor) {
        int count = load.problems().size();
        throw new SuiteDefinitionException("suite " + load.displayName() + " was not run: " + count
                + (count == 1 ? " problem" : " problems") + " in its definition", new SuiteProblems(load.problems()));
    }

    /** The suite definition is invalid. */
    static final class SuiteDefinitionException extends RuntimeException {
        SuiteDefinitionException(String message, SuiteProblems problems) {
            super(message, problems, false, false);
        }
    }

    /** What is wrong with a suite definition, one problem a line, each with its file and line. */
    static final class SuiteProblems extends RuntimeException {

        private final List<Problem> problems;

        SuiteProblems(List<Problem> problems) {
            super("\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }
}
