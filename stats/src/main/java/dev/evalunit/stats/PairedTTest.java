package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The paired t-test on per-case differences: the primary offline comparison, since every variant sees
 * the same cases. Zero spread of the differences is not infinite evidence: n identical non-zero
 * differences get the exact sign-flip answer p = 2^(1−n) ({@link SignFlipTest}), with the interval
 * collapsed on the difference when that p reaches 1 − confidence and unbounded when it cannot; all-zero
 * differences give t = 0, p = 1 and the interval [0, 0].
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PairedTTest {

    private PairedTTest() {
    }

    /**
     * Tests the mean per-case difference against 0.
     *
     * @param cases      paired cases, at least 2
     * @param confidence confidence level of the interval, e.g. 0.95
     */
    public static PairedResult test(PairedCases cases, double confidence) {
        requireCases(cases);
        cases.requireAtLeast(2, "a paired t interval");
        Require.confidence(confidence);
        double[] d = cases.differencesView();
        double mean = Descriptive.mean(d);
        double sd = Math.sqrt(Descriptive.variance(d, mean));
        double se = sd / Math.sqrt(d.length);
        double df = d.length - 1.0;
        TInference inference = se == 0 && mean != 0 ? identical(mean, d.length, confidence)
                : TInference.of(mean, se, df, confidence);
        return new PairedResult(d.length, cases.droppedCases(), cases.controlMean(), cases.treatmentMean(), mean,
                sd, se, df, inference.t(), inference.pValue(), inference.ciLow(), inference.ciHigh());
    }

    private static TInference identical(double difference, int n, double confidence) {
        double p = Math.min(1.0, Math.pow(2, 1 - n));
        boolean rejects = p <= 1 - confidence;
        return new TInference(Math.copySign(Double.POSITIVE_INFINITY, difference), p,
                rejects ? difference : Double.NEGATIVE_INFINITY, rejects ? difference : Double.POSITIVE_INFINITY);
    }

    static void requireCases(PairedCases cases) {
        if (cases == null) {
            throw new IllegalArgumentException("cases is null; build them with PairedCases.of");
        }
    }
}
