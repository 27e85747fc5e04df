package dev.evalunit.bucketing.winner;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The content of {@code winner.json}: the offline evaluation's verdict and the two configs it was about.
 * The engine writes it; the production library reads it to start the online experiment or the rollout.
 * {@link #keep()} is the config production should run now: the winner when the decision is
 * {@link TreatmentVerdict#SHIP_TREATMENT}, the baseline otherwise.
 *
 * @param schemaVersion the schema version the file was written with ({@link #SCHEMA_VERSION} for new files)
 * @param experimentId  the experiment this evaluation belongs to
 * @param decision      the verdict
 * @param winner        the best treatment variant
 * @param baseline      the control variant it was compared against
 * @param evidence      the primary comparison behind the verdict
 * @param suiteId       the evaluation suite's id
 * @param runId         the evaluation run's id
 * @param gitCommit     the commit the suite ran at, when known
 * @param timestamp     when the verdict was taken
 * @param simulatedProviders the providers whose models were simulated in the run (an offline stand-in answered
 *                      instead of the real model), sorted; empty when every answer came from the real models
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WinnerFile(int schemaVersion, String experimentId, TreatmentVerdict decision, WinnerVariant winner,
                         WinnerVariant baseline, WinnerEvidence evidence, String suiteId, String runId,
                         Optional<String> gitCommit, Instant timestamp, List<String> simulatedProviders) {

    /** The schema version this library writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    public WinnerFile {
        if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
            throw new InvalidConfigException("schemaVersion", schemaVersion > SCHEMA_VERSION
                    ? "is " + schemaVersion + ", newer than the newest this library reads (" + SCHEMA_VERSION
                    + "); upgrade evalunit-bucketing to read it"
                    : "must be >= 1, was " + schemaVersion);
        }
        requireText("experimentId", experimentId);
        requireText("suiteId", suiteId);
        requireText("runId", runId);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(timestamp, "timestamp");
        simulatedProviders = List.copyOf(Objects.requireNonNull(simulatedProviders, "simulatedProviders")).stream()
                .sorted().toList();
        if (simulatedProviders.stream().anyMatch(String::isBlank)
                || new HashSet<>(simulatedProviders).size() != simulatedProviders.size()) {
            throw new InvalidConfigException("simulatedProviders", "must be distinct non-blank provider ids, was "
                    + simulatedProviders);
        }
        if (winner.variantId().equals(baseline.variantId())) {
            throw new InvalidConfigException("winner.variantId",
                    "must differ from baseline.variantId, both are '" + winner.variantId() + "'");
        }
        if (gitCommit.isPresent() && gitCommit.get().isBlank()) {
            throw new InvalidConfigException("gitCommit", "must be non-blank when present");
        }
    }

    /**
     * Whether the verdict comes from simulated models: then it says nothing about the real ones, and
     * {@code ExperimentDefinition.fromWinner} refuses it unless told otherwise.
     */
    public boolean simulated() {
        return !simulatedProviders.isEmpty();
    }

    /** The config to run in production now: the winner when shipping, the baseline otherwise. */
    public WinnerVariant keep() {
        return decision == TreatmentVerdict.SHIP_TREATMENT ? winner : baseline;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(field, "must be a non-blank string");
        }
    }
}
