package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a suite's run was expected to cost before its first call: the calls per provider, estimated tokens
 * and cost, and the wall time at the configured concurrency and rate limits. Calls are an upper bound (cached
 * answers and resumed samples make none); tokens come from the suite's previous run when there is one, else
 * from the prompts' length (four characters a token) and the variants' {@code maxTokens}.
 *
 * @param providers       one entry per provider the suite calls, by provider id
 * @param expectedSeconds the expected wall time: the slowest provider's, as providers run side by side
 * @param casesNeeded     cases needed in all for the primary metric's minimum effect with 80% power, from the
 *                        variance of the previous run; empty without a previous comparison
 * @param previousRun     the previous run the estimates are based on, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunPlan(List<ProviderCalls> providers, double expectedSeconds, OptionalLong casesNeeded,
                      Optional<String> previousRun) {

    public RunPlan {
        providers = List.copyOf(Objects.requireNonNull(providers, "providers"));
        casesNeeded = Objects.requireNonNullElse(casesNeeded, OptionalLong.empty());
        previousRun = Objects.requireNonNullElse(previousRun, Optional.empty());
    }

    /** Every call of the plan, generations and judges. */
    public long totalCalls() {
        return providers.stream().mapToLong(p -> p.calls() + p.judgeCalls()).sum();
    }

    /** The cost of the priced calls, in US dollars (calls of models without a price are left out). */
    public double knownCostUsd() {
        return providers.stream().mapToDouble(p -> p.costUsd().orElse(0)).sum();
    }

    /** Calls whose model has no price, so their cost is unknown. */
    public long unpricedCalls() {
        return providers.stream().mapToLong(ProviderCalls::unpricedCalls).sum();
    }

    /**
     * One provider's share of the plan.
     *
     * @param provider        the provider id
     * @param calls           generation calls: variants × cases × repeats
     * @param judgeCalls      judge calls of the suite's LLM-judge scorers
     * @param inputTokens     estimated prompt tokens
     * @param outputTokens    estimated completion tokens
     * @param costUsd         estimated cost of the priced calls; empty when none has a price
     * @param unpricedCalls   calls of models without a price
     * @param maxConcurrency  calls in flight at once ({@code max-concurrency})
     * @param expectedSeconds expected wall time for this provider's calls
     */
    public record ProviderCalls(String provider, long calls, long judgeCalls, long inputTokens, long outputTokens,
                                OptionalDouble costUsd, long unpricedCalls, int maxConcurrency,
                                double expectedSeconds) {

        public ProviderCalls {
            Objects.requireNonNull(provider, "provider");
            costUsd = Objects.requireNonNullElse(costUsd, OptionalDouble.empty());
        }
    }
}
