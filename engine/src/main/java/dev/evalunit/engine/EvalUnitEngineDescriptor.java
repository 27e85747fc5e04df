package dev.evalunit.engine;

import dev.evalunit.api.run.RunPlan;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's root. Before any suite starts it prints every suite's run plan, refuses a run over its budget
 * ({@code evalunit.max-cost}, {@code evalunit.max-calls}) with the plan in the message, and skips every suite
 * on a dry run; it releases the run's resources when every suite has run.
 */
final class EvalUnitEngineDescriptor extends EngineDescriptor implements Node<EvalUnitExecutionContext> {

    EvalUnitEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "EvalUnit");
    }

    @Override
    public SkipResult shouldBeSkipped(EvalUnitExecutionContext context) {
        if (context.runEnvironment().isEmpty()) {
            return SkipResult.doNotSkip(); // no suite: nothing to plan
        }
        RunEnvironment environment = context.environment();
        RunBudget budget = RunBudget.read(environment.configuration()::get);
        List<RunPlan> plans = new ArrayList<>();
        List<String> text = new ArrayList<>();
        getChildren().stream().filter(SuiteDescriptor.class::isInstance).map(SuiteDescriptor.class::cast)
                .forEach(suite -> {
                    RunPlan plan = environment.planner().plan(suite.suite(), suite.selectedCases());
                    plans.add(plan);
                    text.addAll(PlanText.lines(suite.suite().id(), plan));
                });
        text.forEach(System.out::println);
        Optional<String> exceeded = budget.exceeded(plans);
        if (exceeded.isPresent()) {
            throw new OverBudgetException(exceeded.get() + "; no call was made. The plan:\n"
                    + String.join("\n", text));
        }
        return budget.dryRun()
                ? SkipResult.skip("dry run (" + Constants.DRY_RUN + "=true): the plan is printed, no call was made")
                : SkipResult.doNotSkip();
    }

    @Override
    public void cleanUp(EvalUnitExecutionContext context) {
        context.runEnvironment().ifPresent(RunEnvironment::close);
    }

    /** The run's plan exceeds its budget; a message for people, so no stack trace. */
    static final class OverBudgetException extends RuntimeException {
        OverBudgetException(String message) {
            super(message, null, false, false);
        }
    }
}
