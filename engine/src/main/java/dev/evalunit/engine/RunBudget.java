package dev.evalunit.engine;

import dev.evalunit.api.run.RunPlan;
import dev.evalunit.engine.provider.Settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The limits a run must plan within before its first call: {@code evalunit.max-cost} (US dollars) and
 * {@code evalunit.max-calls}; and {@code evalunit.dry-run}, which prints the plan and calls nothing.
 *
 * @param maxCostUsd the most the run's priced calls may cost, if limited
 * @param maxCalls   the most calls the run may make, if limited
 * @param dryRun     whether to stop after the plan
 */
record RunBudget(Optional<Double> maxCostUsd, Optional<Integer> maxCalls, boolean dryRun) {

    static RunBudget read(Function<String, Optional<String>> configuration) {
        return new RunBudget(Settings.get(Constants.MAX_COST, configuration.apply(Constants.MAX_COST), Settings::nonNegative),
                Settings.get(Constants.MAX_CALLS, configuration.apply(Constants.MAX_CALLS), Settings::positiveInt),
                Settings.get(Constants.DRY_RUN, configuration.apply(Constants.DRY_RUN), Settings::bool).orElse(false));
    }

    /** Why the plans do not fit the budget; empty when they do. */
    Optional<String> exceeded(List<RunPlan> plans) {
        long calls = plans.stream().mapToLong(RunPlan::totalCalls).sum();
        double cost = plans.stream().mapToDouble(RunPlan::knownCostUsd).sum();
        if (maxCalls.isPresent() && calls > maxCalls.get()) {
            return Optional.of("the run plans " + calls + " calls, more than " + Constants.MAX_CALLS + "="
                    + maxCalls.get());
        }
        if (maxCostUsd.isPresent() && cost > maxCostUsd.get()) {
            return Optional.of("the run plans to cost " + PlanText.dollars(cost) + ", more than " + Constants.MAX_COST
                    + "=" + maxCostUsd.get());
        }
        return Optional.empty();
    }
}
