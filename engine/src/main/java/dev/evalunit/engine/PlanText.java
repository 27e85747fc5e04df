package dev.evalunit.engine;

import dev.evalunit.api.run.RunPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A run plan as people read it on the console and in a refusal. */
final class PlanText {

    private PlanText() {
    }

    /** The plan of one suite: a headline, then one line per provider, then the cases needed when known. */
    static List<String> lines(String suiteId, RunPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("evalunit plan " + suiteId + ": " + plan.totalCalls() + " calls, " + cost(plan.knownCostUsd(),
                plan.unpricedCalls()) + ", about " + duration(plan.expectedSeconds())
                + plan.previousRun().map(run -> " (estimated from run " + run + ")").orElse(" (estimated)"));
        for (RunPlan.ProviderCalls provider : plan.providers()) {
            lines.add("  " + provider.provider() + ": " + provider.calls() + " calls"
                    + (provider.judgeCalls() > 0 ? " + " + provider.judgeCalls() + " judge calls" : "")
                    + ", ~" + provider.inputTokens() + " input + ~" + provider.outputTokens() + " output tokens, "
                    + cost(provider.costUsd().orElse(0), provider.unpricedCalls()) + ", " + provider.maxConcurrency()
                    + " at once, about " + duration(provider.expectedSeconds()));
        }
        plan.casesNeeded().ifPresent(cases -> lines.add("  cases needed for the primary metric's minimum effect: "
                + cases));
        return lines;
    }

    static String dollars(double usd) {
        return String.format(Locale.ROOT, usd >= 1 ? "$%.2f" : "$%.4f", usd);
    }

    private static String cost(double usd, long unpricedCalls) {
        return dollars(usd) + (unpricedCalls > 0 ? " + unknown for " + unpricedCalls + " calls without a price" : "");
    }

    private static String duration(double seconds) {
        long whole = Math.round(Math.ceil(seconds));
        if (whole < 60) {
            return whole + "s";
        }
        return whole < 3600 ? whole / 60 + "m " + whole % 60 + "s" : whole / 3600 + "h " + whole % 3600 / 60 + "m";
    }
}
