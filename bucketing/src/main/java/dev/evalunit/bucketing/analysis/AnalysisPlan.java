package dev.evalunit.bucketing.analysis;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How to decide, fixed before the experiment starts (pre-registration).
 *
 * @param primary          the metric the decision is taken on
 * @param minimumEffect    the smallest improvement worth shipping, in the metric's units, &gt;= 0
 * @param tau              the sequential test's mixing standard deviation: about the effect size worth detecting
 * @param alpha            false-positive rate, e.g. 0.05
 * @param minSamplesPerArm observations of the primary metric each arm needs before any decision
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AnalysisPlan(OnlineMetric primary, double minimumEffect, double tau, double alpha, int minSamplesPerArm) {

    public AnalysisPlan {
        Objects.requireNonNull(primary, "primary");
        if (!(minimumEffect >= 0) || !Double.isFinite(minimumEffect)) {
            throw new InvalidConfigException("minimumEffect", "must be a finite number >= 0, was " + minimumEffect);
        }
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new InvalidConfigException("tau", "must be a finite number > 0, was " + tau);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidConfigException("alpha", "must be in (0, 1), was " + alpha);
        }
        if (minSamplesPerArm < 2) {
            throw new InvalidConfigException("minSamplesPerArm", "must be >= 2, was " + minSamplesPerArm);
        }
    }

    /**
     * The source article's rules of thumb for a 5-point rating: at least 0.2 points better, p &lt; 0.05, at
     * least 500 ratings per arm before deciding.
     */
    public static AnalysisPlan ratingDefaults() {
        return new AnalysisPlan(OnlineMetric.RATING, 0.2, 0.2, 0.05, 500);
    }

    /** The decision rule in words, as reports and {@code winner.json} carry it. */
    public String ruleText() {
        return String.format(java.util.Locale.ROOT, "with at least %d observations of %s per arm and no sample-ratio "
                        + "mismatch, analysed per user: SHIP_TREATMENT when the always-valid %.0f%% confidence sequence "
                        + "of the improvement (alpha split over the treatments) excludes 0 and the estimate is at least %s;"
                        + " KEEP_CONTROL when it lies below 0 or the error rate is significantly higher (one-sided);"
                        + " NO_DIFFERENCE when it lies within ±%s; otherwise CONTINUE",
                minSamplesPerArm, primary.name().toLowerCase(java.util.Locale.ROOT), (1 - alpha) * 100, minimumEffect, minimumEffect);
    }
}
