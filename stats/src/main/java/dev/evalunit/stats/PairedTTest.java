package dev.evalunit.stats;

/**
 * The paired t-test on per-case differences: the primary offline comparison, since every variant sees
 * the same cases. Zero spread of the differences gets the defined answer of {@link WelchTest}.
 */
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
        TInference inference = TInference.of(mean, se, df, confidence);
        return new PairedResult(d.length, cases.droppedCases(), cases.controlMean(), cases.treatmentMean(), mean,
                sd, se, df, inference.t(), inference.pValue(), inference.ciLow(), inference.ciHigh());
    }

    static void requireCases(PairedCases cases) {
        if (cases == null) {
            throw new IllegalArgumentException("cases is null; build them with PairedCases.of");
        }
    }
}
