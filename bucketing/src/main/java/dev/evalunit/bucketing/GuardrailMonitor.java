package dev.evalunit.bucketing;

import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.bucketing.safety.VariantHealth;
import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The source article's {@code checkExperimentHealth}, done continuously: every outcome updates the variant's
 * health, and every {@code checkEvery} outcomes the guardrails are checked; the first breach pauses the
 * experiment with a reason naming the variant, the metric, the observed value, the bound and the sample.
 * Health is judged per window: a {@linkplain LiveExperiment#resume() resume} starts a fresh one, so an
 * experiment resumed after a pause is judged on what happens after the resume, and the reason of a later
 * breach says so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GuardrailMonitor {

    private static final int LATENCY_WINDOW = 2048;

    private final LiveExperiment experiment;
    private final Guardrails guardrails;
    private final int checkEvery;
    private volatile Window window;

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
        this.window = new Window(experiment.lastResumption().orElse(null), experiment.definition());
    }

    /**
     * Folds in an outcome of {@code variantId} and checks the guardrails when due.
     *
     * @return the breach that paused the experiment, if this outcome tipped it
     */
    public Optional<String> record(String variantId, Outcome outcome) {
        Window current = currentWindow();
        VariantHealth variant = current.health.get(variantId);
        if (variant == null) {
            throw new IllegalArgumentException("experiment '" + experiment.definition().id() + "' has no variant '"
                    + variantId + "'; known: " + current.health.keySet());
        }
        variant.record(outcome);
        return current.outcomes.incrementAndGet() % checkEvery == 0 ? check(current) : Optional.empty();
    }

    /** Checks every variant now; pauses the experiment at the first breach and returns its reason. */
    public Optional<String> check() {
        return check(currentWindow());
    }

    /** The health of {@code variantId} in the current window. */
    public Optional<VariantHealth> health(String variantId) {
        return Optional.ofNullable(currentWindow().health.get(variantId));
    }

    private Optional<String> check(Window current) {
        for (VariantHealth variant : current.health.values()) {
            Optional<String> breach = breach(variant).map(reason -> current.since == null ? reason
                    : reason + " since the resume at " + current.since.at());
            if (breach.isPresent()) {
                experiment.pause(breach.get());
                return breach;
            }
        }
        return Optional.empty();
    }

    /** The window of the last resume, started afresh when the experiment was resumed since the last outcome. */
    private Window currentWindow() {
        Resumption resumed = experiment.lastResumption().orElse(null);
        Window current = window;
        if (current.since == resumed) {
            return current;
        }
        synchronized (this) {
            if (window.since != resumed) {
                window = new Window(resumed, experiment.definition());
            }
            return window;
        }
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

    /** The health of every variant since a resume (or since the start). */
    private static final class Window {
        final Resumption since;
        final Map<String, VariantHealth> health = new LinkedHashMap<>();
        final AtomicLong outcomes = new AtomicLong();

        Window(Resumption since, ExperimentDefinition definition) {
            this.since = since;
            for (VariantDefinition variant : definition.variants()) {
                health.put(variant.id(), new VariantHealth(variant.id(), LATENCY_WINDOW));
            }
        }
    }
}
