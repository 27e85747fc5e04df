package dev.evalunit.stats;

import org.apiguardian.api.API;

import java.util.random.RandomGenerator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Thompson sampling over Bernoulli arms with a uniform Beta(1, 1) prior: each arm's conversion rate is
 * drawn from its Beta(1 + successes, 1 + failures) posterior and the highest draw wins.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ThompsonSampling {

    private ThompsonSampling() {
    }

    /**
     * Chooses an arm for one request.
     *
     * @param random    seeded source of randomness
     * @param successes successes per arm
     * @param failures  failures per arm, same length as {@code successes}
     * @return the index of the chosen arm
     */
    public static int choose(RandomGenerator random, long[] successes, long[] failures) {
        requireArms(successes, failures);
        int best = 0;
        double bestDraw = -1;
        for (int arm = 0; arm < successes.length; arm++) {
            double draw = BetaSampler.sample(random, 1.0 + successes[arm], 1.0 + failures[arm]);
            if (draw > bestDraw) {
                bestDraw = draw;
                best = arm;
            }
        }
        return best;
    }

    /**
     * Monte Carlo estimate of the posterior probability that each arm is the best, the share of traffic
     * Thompson sampling would give it.
     *
     * @param random    seeded source of randomness
     * @param successes successes per arm
     * @param failures  failures per arm, same length as {@code successes}
     * @param draws     number of posterior draws, at least 1
     * @return probability per arm, summing to 1
     */
    public static double[] probabilityBest(RandomGenerator random, long[] successes, long[] failures,
                                           int draws) {
        requireArms(successes, failures);
        if (draws < 1) {
            throw new IllegalArgumentException("draws is " + draws + "; it must be at least 1");
        }
        double[] wins = new double[successes.length];
        for (int i = 0; i < draws; i++) {
            wins[choose(random, successes, failures)]++;
        }
        for (int arm = 0; arm < wins.length; arm++) {
            wins[arm] /= draws;
        }
        return wins;
    }

    private static void requireArms(long[] successes, long[] failures) {
        if (successes == null || failures == null || successes.length == 0) {
            throw new IllegalArgumentException("successes and failures must both be given, one entry per arm");
        }
        Require.sameLength("successes", successes.length, "failures", failures.length, "arm");
        for (int arm = 0; arm < successes.length; arm++) {
            Require.count("successes[" + arm + "]", successes[arm]);
            Require.count("failures[" + arm + "]", failures[arm]);
        }
    }
}
