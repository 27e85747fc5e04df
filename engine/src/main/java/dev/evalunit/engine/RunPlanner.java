package dev.evalunit.engine;

import dev.evalunit.engine.provider.ModelRouter;
import dev.evalunit.engine.provider.InProcessProvider;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.api.ModelRef;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunPlan;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.engine.provider.ModelCatalogue;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.suite.PathConfinement;
import dev.evalunit.engine.suite.PromptGenerator;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteScorer;
import dev.evalunit.engine.suite.SuiteVariant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Makes a suite's {@link RunPlan} before its first call: variants × selected cases × repeats generation calls
 * per provider, plus the calls of its LLM-judge scorers (those with a {@code model} option), with tokens and
 * latency taken from the suite's previous run when there is one, priced by the {@link ModelCatalogue}, and timed
 * at each provider's configured concurrency and rate limits.
 */
final class RunPlanner {

    /** Completion tokens assumed per call when neither a previous run nor the variant's {@code maxTokens} tells. */
    static final int ASSUMED_OUTPUT_TOKENS = 256;
    /** Completion tokens assumed per judge call (a verdict and a short reason). */
    static final int ASSUMED_JUDGE_OUTPUT_TOKENS = 100;
    /** Latency assumed per call without a previous run. */
    static final double ASSUMED_LATENCY_SECONDS = 2;
    private static final int CHARACTERS_PER_TOKEN = 4;

    private final Function<String, Optional<String>> configuration;
    private final ModelRouter router;
    private final ModelCatalogue catalogue;
    private final RunFiles files;
    private final Path output;

    RunPlanner(Function<String, Optional<String>> configuration, ModelRouter router, ModelCatalogue catalogue,
               RunFiles files, Path output) {
        this.configuration = configuration;
        this.router = router;
        this.catalogue = catalogue;
        this.files = files;
        this.output = output;
    }

    RunPlan plan(Suite suite, List<CaseDescriptor> selected) {
        Optional<RunSummary> previous = previous(suite.id());
        Map<String, Tally> providers = new TreeMap<>();
        for (CaseDescriptor descriptor : selected) {
            SuiteVariant variant = descriptor.variant();
            Optional<VariantSummary> before = previous.flatMap(run -> run.variants().stream()
                    .filter(v -> v.variantId().equals(variant.variant().id()) && v.samples() > 0).findFirst());
            long input = before.map(v -> v.inputTokens() / v.samples())
                    .orElseGet(() -> promptTokens(variant, descriptor));
            long output = before.map(v -> v.outputTokens() / v.samples()).orElseGet(() ->
                    (long) variant.variant().params().maxTokens().orElse(ASSUMED_OUTPUT_TOKENS));
            double latency = before.flatMap(v -> boxed(v.meanLatencyMs())).map(ms -> ms / 1000)
                    .orElse(ASSUMED_LATENCY_SECONDS);
            ModelRef model = variant.variant().model();
            providers.computeIfAbsent(model.provider(), Tally::new)
                    .add(model.model(), suite.repeats(), false, input, output, latency);
            for (SuiteScorer scorer : suite.scorers()) {
                Optional<ModelRef> judge = judgeModel(scorer);
                if (judge.isPresent() && scorer.scorer().isPresent()) {
                    providers.computeIfAbsent(judge.get().provider(), Tally::new).add(judge.get().model(),
                            (long) suite.repeats() * judgeRepeats(scorer), true, input + output,
                            ASSUMED_JUDGE_OUTPUT_TOKENS, ASSUMED_LATENCY_SECONDS);
                }
            }
        }
        List<RunPlan.ProviderCalls> calls = providers.values().stream().map(this::calls).toList();
        return new RunPlan(calls, calls.stream().mapToDouble(RunPlan.ProviderCalls::expectedSeconds).max().orElse(0),
                previous.flatMap(RunSummary::comparison).map(RunPlanner::casesNeeded).orElse(OptionalLong.empty()),
                previous.map(RunSummary::runId));
    }

    private RunPlan.ProviderCalls calls(Tally tally) {
        ProviderLimits limits = ProviderLimits.read(tally.provider, configuration);
        long all = tally.calls + tally.judgeCalls;
        double seconds = Math.max(tally.latencySeconds / limits.maxConcurrency(),
                Math.max(perMinute(all, limits.requestsPerMinute()),
                        perMinute(tally.inputTokens + tally.outputTokens, limits.tokensPerMinute())));
        boolean free = tally.provider.equals(InProcessProvider.ID);
        OptionalDouble cost = free ? OptionalDouble.of(0) : tally.priced ? OptionalDouble.of(tally.costUsd)
                : OptionalDouble.empty();
        return new RunPlan.ProviderCalls(tally.provider, tally.calls, tally.judgeCalls, tally.inputTokens,
                tally.outputTokens, cost, free ? 0 : tally.unpricedCalls, limits.maxConcurrency(), seconds);
    }

    private static double perMinute(long amount, OptionalDouble limit) {
        return limit.isPresent() ? amount / limit.getAsDouble() * 60 : 0;
    }

    private static long promptTokens(SuiteVariant variant, CaseDescriptor descriptor) {
        if (variant.generator() instanceof PromptGenerator prompt) {
            int characters = prompt.template().render(descriptor.testCase().testCase()).length()
                    + variant.variant().systemPrompt().map(String::length).orElse(0);
            return Math.max(1, characters / CHARACTERS_PER_TOKEN);
        }
        return 0;
    }

    /** The judge model of an LLM-judge scorer: its {@code model} option, when that is a model reference. */
    static Optional<ModelRef> judgeModel(SuiteScorer scorer) {
        if (!(scorer.spec().options().get("model") instanceof String reference)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelRef.parse(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int judgeRepeats(SuiteScorer scorer) {
        return scorer.spec().options().get("repeats") instanceof Number repeats ? Math.max(1, repeats.intValue()) : 1;
    }

    /** The most cases any treatment needed in the previous comparison of the primary metric. */
    private static OptionalLong casesNeeded(Comparison comparison) {
        return comparison.metrics().stream().filter(MetricComparison::primary)
                .flatMap(m -> m.differences().stream()).map(MetricDifference::casesNeeded)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).boxed()
                .max(Long::compare).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private Optional<RunSummary> previous(String suiteId) {
        try {
            Path suiteDirectory = PathConfinement.runDirectory(output, suiteId, RunFiles.LATEST).getParent();
            if (!Files.isDirectory(suiteDirectory)) {
                return Optional.empty();
            }
            Optional<Path> latest = files.latest(suiteDirectory);
            return latest.isPresent() && Files.exists(latest.get().resolve(RunFiles.SUMMARY))
                    ? Optional.of(files.readSummary(latest.get())) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a previous run that cannot be read only makes the estimate rougher
            return Optional.empty();
        }
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    /** What one provider's calls add up to. */
    private final class Tally {
        private final String provider;
        private long calls;
        private long judgeCalls;
        private long inputTokens;
        private long outputTokens;
        private double costUsd;
        private boolean priced;
        private long unpricedCalls;
        private double latencySeconds;

        Tally(String provider) {
            this.provider = provider;
        }

        void add(String model, long count, boolean judge, long input, long output, double latency) {
            if (judge) {
                judgeCalls += count;
            } else {
                calls += count;
            }
            inputTokens += count * input;
            outputTokens += count * output;
            latencySeconds += count * latency;
            OptionalDouble cost = catalogue.cost(router.context(provider), model, count * input, count * output);
            if (cost.isPresent()) {
                costUsd += cost.getAsDouble();
                priced = true;
            } else {
                unpricedCalls += count;
            }
        }
    }
}
