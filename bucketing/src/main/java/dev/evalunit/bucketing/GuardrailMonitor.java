package dev.evalunit.bucketing;

import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.bucketing.safety.VariantHealth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The source article's {@code checkExperimentHealth}, done continuously: every outcome updates the variant's
 * health, and every {@code checkEvery} outcomes the guardrails are checked; the first breach pauses the
 * experiment with a reason naming the variant, the metric, the observed value, the bound and the sample.
 */
public final class GuardrailMonitor {

    private static final int LATENCY_WINDOW = 2048;

    private final LiveExperiment experiment;
    private final Guardrails guardrails;
    private final int checkEvery;
    private final Map<String, VariantHealth> health = new LinkedHashMap<>();
    private long outcomes;

    /**
     * @param experiment the experiment to pause
     * @param guardrails the bounds
     * @param checkEvery check after this many outcomes (1 checks after every outcome)
     */
    public GuardrailMonitor(LiveExperiment experiment, Guardrails guardrails, int checkEvery) {
        this.experiment = experiment;
        this.guardrails = guardrails;
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, was " + checkEvery);
        }
        this.checkEvery = checkEvery;
        for (VariantDefinition variant : experiment.definition().variants()) {
            health.put(variant.id(), new VariantHealth(variant.id(), LATENCY_WINDOW));
        }
    }

    /**
     * Folds in an outcome of {@code variantId} and checks the guardrails when due.
     *
     * @return the breach that paused the experiment, if this outcome tipped it
     */
    public Optional<String> record(String variantId, Outcome outcome) {
        VariantHealth variant = health.get(variantId);
        if (variant == null) {
            throw new IllegalArgumentException("experiment '" + experiment.definition().id() + "' has no variant '"
                    + variantId + "'; known: " + health.keySet());
        }
        variant.record(outcome);
        boolean due;
        synchronized (this) {
            due = ++outcomes % checkEvery == 0;
        }
        return due ? check() : Optional.empty();
    }

    /** Checks every variant now; pauses the experiment at the first breach and returns its reason. */
    public Optional<String> check() {
        for (VariantHealth variant : health.values()) {
            Optional<String> breach = breach(variant);
            if (breach.isPresent()) {
                experiment.pause(breach.get());
                return breach;
            }
        }
        return Optional.empty();
    }

    /** The health of {@code variantId}. */
    public Optional<VariantHealth> health(String variantId) {
        return Optional.ofNullable(health.get(variantId));
    }

    private Optional<String> breach(VariantHealth variant) {
        String prefix = "guardrail: experiment '" + experiment.definition().id() + "' variant '" + variant.variantId() + "' ";
        int min = guardrails.minSamples();
        if (guardrails.maxErrorRate().isPresent() && variant.requests() >= min
                && variant.errorRate() > guardrails.maxErrorRate().getAsDouble()) {
            return Optional.of(prefix + String.format(Locale.ROOT, "error rate %.1f%% > %.1f%% over %d requests",
                    variant.errorRate() * 100, guardrails.maxErrorRate().getAsDouble() * 100, variant.requests()));
        }
        if (guardrails.maxLatencyP95Millis().isPresent() && variant.latencySamples() >= min
                && variant.latencyP95().orElse(0) > guardrails.maxLatencyP95Millis().getAsDouble()) {
            return Optional.of(prefix + String.format(Locale.ROOT, "latency p95 %.0f ms > %.0f ms over the last %d requests",
                    variant.latencyP95().getAsDouble(), guardrails.maxLatencyP95Millis().getAsDouble(), variant.latencySamples()));
        }
        if (guardrails.minMeanRating().isPresent() && variant.ratings() >= min
                && variant.meanRating().orElse(Double.POSITIVE_INFINITY) < guardrails.minMeanRating().getAsDouble()) {
            return Optional.of(prefix + String.format(Locale.ROOT, "mean rating %.2f < %.2f over %d ratings",
                    variant.meanRating().getAsDouble(), guardrails.minMeanRating().getAsDouble(), variant.ratings()));
        }
        return Optional.empty();
    }
}
