package dev.evalunit.engine.decision;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.MetricComparison;
import dev.evalunit.api.Variant;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.winner.WinnerEvidence;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.bucketing.winner.WinnerVariant;
import dev.evalunit.engine.suite.ExportSpec;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Writes {@code winner.json} through the bucketing module's writer: the decision on the best treatment (the
 * one shipped, else the one closest to shipping), both complete configs with their fingerprints, the
 * evidence and where it came from. When the decision is not {@code SHIP_TREATMENT} the file's
 * {@code keepVariantId} names the baseline.
 */
@API(status = INTERNAL, since = "0.1")
public final class WinnerExport {

    /** The file name in the run directory. */
    public static final String FILE = "winner.json";

    private final ExportSpec spec;

    public WinnerExport(ExportSpec spec) {
        this.spec = spec;
    }

    /**
     * Builds the winner file.
     *
     * @param variants           every variant of the suite
     * @param simulatedProviders the providers whose models were simulated in the run (empty for a real run)
     * @throws IllegalStateException when no treatment has a primary-metric difference to stand on
     */
    public WinnerFile winner(Comparison comparison, List<Variant> variants, String suiteId, String runId,
                             int repeats, Optional<String> gitCommit, Instant now, List<String> simulatedProviders) {
        Direction direction = comparison.metric(comparison.primaryMetric()).map(MetricComparison::direction)
                .orElse(Direction.HIGHER);
        Decision best = comparison.decisions().stream().filter(d -> d.cases() >= 2)
                .max(Comparator.<Decision>comparingInt(d -> d.outcome() == TreatmentVerdict.SHIP_TREATMENT ? 1 : 0)
                        .thenComparingDouble(d -> direction.orient(d.difference())))
                .orElseThrow(() -> new IllegalStateException("export: no treatment shares 2 or more cases with a value "
                        + "of " + comparison.primaryMetric() + " with baseline '" + comparison.baselineId()
                        + "', so winner.json has no evidence to record; run every variant on the suite's cases"));
        double pValue = comparison.metric(comparison.primaryMetric()).flatMap(m -> m.difference(best.variantId()))
                .map(d -> d.adjustedPValue()).orElse(1.0);
        String rule = String.format(Locale.ROOT, "%s of %s − %s: %s%% interval (alpha %s split over %d treatment(s)) "
                        + "above 0 reaching the minimum effect %s → SHIP_TREATMENT; below 0 → KEEP_CONTROL; within ±%s → "
                        + "NO_DIFFERENCE; otherwise CONTINUE", comparison.primaryMetric(), best.variantId(),
                comparison.baselineId(), Numbers.format(best.confidence() * 100), Numbers.format(comparison.alpha()),
                comparison.decisions().size(), Numbers.format(comparison.minimumEffect()),
                Numbers.format(comparison.minimumEffect()));
        WinnerEvidence evidence = new WinnerEvidence(comparison.primaryMetric(), best.difference(), best.ciLow(),
                best.ciHigh(), pValue, best.cases(), repeats, rule);
        return new WinnerFile(WinnerFile.SCHEMA_VERSION, spec.experimentId(),
                best.outcome(), arm(variant(variants, best.variantId())),
                arm(variant(variants, comparison.baselineId())), evidence, suiteId, runId, gitCommit, now,
                simulatedProviders);
    }

    /**
     * Writes the file into the run directory and to a further file, if one is given; returns the written paths.
     *
     * @param extra the further file, already confined to the export directory
     */
    public List<Path> write(WinnerFile winner, Path runDirectory, Optional<Path> extra) throws IOException {
        Path inRun = runDirectory.resolve(FILE);
        WinnerFiles.write(winner, inRun);
        if (extra.isEmpty()) {
            return List.of(inRun);
        }
        Path target = extra.get();
        Files.createDirectories(target.getParent());
        WinnerFiles.write(winner, target);
        return List.of(inRun, target);
    }

    /** The commit of the working directory's repository, unless configured. */
    public static Optional<String> gitCommit(Optional<String> configured) {
        return configured.filter(c -> !c.isBlank()).or(() -> GitCommit.of(Path.of("")));
    }

    private static Variant variant(List<Variant> variants, String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static WinnerVariant arm(Variant variant) {
        VariantConfig config = new VariantConfig(variant.model().toString(), variant.params().temperature(),
                variant.params().topP(), variant.params().maxTokens(), variant.params().extra(),
                variant.systemPrompt(), variant.promptTemplate());
        return new WinnerVariant(variant.id(), config);
    }
}
