package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An anytime-valid confidence sequence for the mean of bounded observations that arrive one at a time (for
 * instance the paired per-case differences of a metric in [0, 1], bounded by [−1, 1]): with probability at
 * least 1 − α the mean lies inside <em>every</em> interval of the sequence at once, so a run may look after
 * each observation and stop at the first look that decides without inflating the false-positive rate.
 *
 * <p>The construction is the predictable plug-in empirical-Bernstein sequence (PrPl-EB) of Waudby-Smith and
 * Ramdas, "Estimating means of bounded random variables by betting", JRSS B 86(1), 2024, Theorem 2 and
 * eq. (13)–(15). On observations rescaled to x ∈ [0, 1], with μ̂₀ = ½ and σ̂²₀ = ¼:
 * <pre>
 * λ_t = min(sqrt(2 ln(2/α) / (σ̂²_{t−1} · t · ln(1 + t))), ½)
 * v_t = 4 (x_t − μ̂_{t−1})²,   ψ(λ) = (−ln(1 − λ) − λ) / 4
 * μ̂_t = (½ + Σ x_i) / (t + 1),   σ̂²_t = (¼ + Σ (x_i − μ̂_i)²) / (t + 1)
 * C_t = Σ λ_i x_i / Σ λ_i  ±  (ln(2/α) + Σ v_i ψ(λ_i)) / Σ λ_i
 * </pre>
 * The published sequence is the running intersection of the C_t (itself a valid sequence), clipped to the
 * bounds. Its width adapts to the observed variance, so the sequence is narrow when the variants agree on
 * most cases. Validity needs the observations' conditional mean to be the same at every step: i.i.d. draws,
 * such as the cases of a suite taken in a random order. Immutable: {@link #plus} returns the next state.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConfidenceSequence {

    private static final double MAX_BET = 0.5;

    private final double alpha;
    private final double min;
    private final double max;
    private final int count;
    private final double sum;
    private final double sumSquaredDeviation;
    private final double sumBet;
    private final double sumBetX;
    private final double sumPenalty;
    private final double low;
    private final double high;

    private ConfidenceSequence(double alpha, double min, double max, int count, double sum, double sumSquaredDeviation,
                               double sumBet, double sumBetX, double sumPenalty, double low, double high) {
        this.alpha = alpha;
        this.min = min;
        this.max = max;
        this.count = count;
        this.sum = sum;
        this.sumSquaredDeviation = sumSquaredDeviation;
        this.sumBet = sumBet;
        this.sumBetX = sumBetX;
        this.sumPenalty = sumPenalty;
        this.low = low;
        this.high = high;
    }

    /**
     * The sequence before any observation: the whole range.
     *
     * @param alpha two-sided error rate over the whole sequence, in (0, 1)
     * @param min   the smallest value an observation can take
     * @param max   the largest value an observation can take, above {@code min}
     */
    public static ConfidenceSequence start(double alpha, double min, double max) {
        Require.alpha(alpha);
        Require.finite("min", min);
        Require.finite("max", max);
        if (!(max > min)) {
            throw new IllegalArgumentException("max (" + max + ") must lie above min (" + min + ")");
        }
        return new ConfidenceSequence(alpha, min, max, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    /** The sequence after one more observation, which must lie within the bounds. */
    public ConfidenceSequence plus(double value) {
        Require.finite("value", value);
        if (value < min || value > max) {
            throw new IllegalArgumentException("observation " + value + " lies outside the bounds [" + min + ", "
                    + max + "] the confidence sequence was started with");
        }
        double x = (value - min) / (max - min);
        int t = count + 1;
        double meanBefore = (0.5 + sum) / t;
        double varianceBefore = (0.25 + sumSquaredDeviation) / t;
        double logTerm = Math.log(2 / alpha);
        double bet = Math.min(Math.sqrt(2 * logTerm / (varianceBefore * t * Math.log(1 + t))), MAX_BET);
        // v_t · ψ(λ_t) = 4 (x − μ̂)² · (−ln(1 − λ) − λ) / 4
        double penalty = (x - meanBefore) * (x - meanBefore) * (-Math.log(1 - bet) - bet);
        double newSum = sum + x;
        double meanNow = (0.5 + newSum) / (t + 1);
        double newSumBet = sumBet + bet;
        double newSumBetX = sumBetX + bet * x;
        double newSumPenalty = sumPenalty + penalty;
        double centre = newSumBetX / newSumBet;
        double radius = (logTerm + newSumPenalty) / newSumBet;
        double newLow = Math.max(low, centre - radius);
        double newHigh = Math.min(high, centre + radius);
        if (newLow > newHigh) {
            // the running intersection emptied, which happens with probability ≤ α: keep the latest interval
            newLow = Math.max(0, centre - radius);
            newHigh = Math.min(1, centre + radius);
        }
        return new ConfidenceSequence(alpha, min, max, t, newSum,
                sumSquaredDeviation + (x - meanNow) * (x - meanNow), newSumBet, newSumBetX, newSumPenalty,
                newLow, newHigh);
    }

    /** The observations so far. */
    public int count() {
        return count;
    }

    /** The error rate over the whole sequence. */
    public double alpha() {
        return alpha;
    }

    /** The current interval for the mean, in the observations' units. */
    public Interval interval() {
        return new Interval(min + low * (max - min), min + high * (max - min));
    }

    /** The mean of the observations so far (the midpoint of the bounds before the first). */
    public double mean() {
        return count == 0 ? (min + max) / 2 : min + sum / count * (max - min);
    }
}
