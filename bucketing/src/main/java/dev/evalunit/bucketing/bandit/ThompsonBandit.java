package dev.evalunit.bucketing.bandit;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.VariantDefinition;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.stats.ThompsonSampling;
import org.apiguardian.api.API;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Thompson-sampling allocation over variants with binary rewards (Beta(1, 1) priors, sampling by the stats
 * module), with a floor: each arm keeps at least {@code floor} of the traffic, so a variant that started
 * unlucky can still recover and the data still allow an unbiased look at every arm. Per request, with
 * probability {@code arms × floor} an arm is drawn uniformly, otherwise by Thompson sampling. Seeded random
 * source, so a simulation replays exactly. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ThompsonBandit {

    private final List<String> variantIds;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final double floor;
    private final RandomGenerator random;
    private final long[] successes;
    private final long[] failures;

    /**
     * @param variantIds the arms
     * @param floor      minimum share per arm, in [0, 1 / arms]
     * @param random     the (seeded) random source; used only under this bandit's lock
     */
    public ThompsonBandit(List<String> variantIds, double floor, RandomGenerator random) {
        this.variantIds = List.copyOf(variantIds);
        if (this.variantIds.size() < 2) {
            throw new InvalidConfigException("variantIds", "must name at least two arms, was " + this.variantIds);
        }
        for (int i = 0; i < this.variantIds.size(); i++) {
            if (indexOf.put(this.variantIds.get(i), i) != null) {
                throw new InvalidConfigException("variantIds[" + i + "]", "duplicates '" + this.variantIds.get(i) + "'");
            }
        }
        if (!(floor >= 0 && floor * this.variantIds.size() <= 1)) {
            throw new InvalidConfigException("floor", "must be in [0, 1/" + this.variantIds.size() + "], was " + floor);
        }
        this.floor = floor;
        this.random = Objects.requireNonNull(random, "random");
        this.successes = new long[this.variantIds.size()];
        this.failures = new long[this.variantIds.size()];
    }

    /** A bandit over the variants of {@code definition}. */
    public static ThompsonBandit over(ExperimentDefinition definition, double floor, RandomGenerator random) {
        return new ThompsonBandit(definition.variants().stream().map(VariantDefinition::id).toList(), floor, random);
    }

    /** The arm for one request. */
    public synchronized String choose() {
        int arms = variantIds.size();
        if (random.nextDouble() < floor * arms) {
            return variantIds.get(random.nextInt(arms));
        }
        return variantIds.get(ThompsonSampling.choose(random, successes, failures));
    }

    /** Folds in one binary reward of {@code variantId}. */
    public synchronized void record(String variantId, boolean success) {
        Integer arm = indexOf.get(variantId);
        if (arm == null) {
            throw new IllegalArgumentException("no arm '" + variantId + "'; arms are " + variantIds);
        }
        if (success) {
            successes[arm]++;
        } else {
            failures[arm]++;
        }
    }

    /**
     * The traffic share each arm gets now: {@code floor + (1 - arms × floor) × P(arm is best)}, the probability
     * estimated from {@code draws} posterior draws.
     */
    public synchronized Map<String, Double> shares(int draws) {
        double[] best = ThompsonSampling.probabilityBest(random, successes, failures, draws);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < best.length; i++) {
            shares.put(variantIds.get(i), floor + (1 - floor * best.length) * best[i]);
        }
        return shares;
    }
}
