package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The exported {@code winner.json}: which config production should run now, and both configs compared.
 *
 * @param decision     the verdict
 * @param keepVariant  the variant to run now
 * @param experimentId the experiment the export belongs to
 * @param winner       the best treatment's config
 * @param baseline     the baseline's config
 * @param evidence     the evidence behind the verdict, in words
 * @param simulatedProviders the providers whose models were simulated in the run; empty for a real run
 */
@API(status = INTERNAL, since = "0.1")
public record WinnerConfig(String decision, String keepVariant, String experimentId, ConfigView winner,
                           ConfigView baseline, String evidence, List<String> simulatedProviders) {

    public WinnerConfig {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(keepVariant, "keepVariant");
        Objects.requireNonNull(experimentId, "experimentId");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(evidence, "evidence");
        simulatedProviders = List.copyOf(simulatedProviders);
    }

    /**
     * One variant's config as name/value lines.
     *
     * @param variantId   the variant
     * @param fingerprint the config's SHA-256 fingerprint
     * @param entries     its settings
     */
    public record ConfigView(String variantId, String fingerprint, List<Entry> entries) {

        public ConfigView {
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(fingerprint, "fingerprint");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One setting.
     *
     * @param name  the setting
     * @param value its value as text
     */
    public record Entry(String name, String value) {
    }
}
