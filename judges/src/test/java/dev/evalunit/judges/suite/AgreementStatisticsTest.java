package dev.evalunit.judges.suite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.evalunit.judges.suite.AgreementStatistics.Level.INTERVAL;
import static dev.evalunit.judges.suite.AgreementStatistics.Level.NOMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values from /usr/bin/python3 (SciPy 1.10.1, statsmodels 0.13.5), compared to 1e-9 (far beyond
 * 6 significant digits).
 */
class AgreementStatisticsTest {

    static final List<String> JUDGE = List.of("pos", "neg", "pos", "neu", "pos", "neg", "neg", "pos", "neu", "pos", "neg", "pos");
    static final List<String> HUMAN = List.of("pos", "neg", "neg", "neu", "pos", "neg", "pos", "pos", "pos", "pos", "neg", "neu");
    static final double[] JUDGE_SCORES = {4, 3, 5, 2, 4, 1, 3, 5, 2, 4};
    static final double[] HUMAN_SCORES = {5, 3, 4, 2, 4, 2, 3, 5, 1, 3};

    private static final double NA = Double.NaN;
    /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers × 12 units example. */
    static final double[][] KRIPPENDORFF_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
            {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}};

    @Test
    void cohensKappaMatchesStatsmodels() {
        // labs = sorted(set(judge + human)); t = np.zeros((3, 3))
        // for a, b in zip(judge, human): t[labs.index(a), labs.index(b)] += 1
        // statsmodels.stats.inter_rater.cohens_kappa(t).kappa  -> 0.4545454545454544
        assertThat(AgreementStatistics.cohensKappa(JUDGE, HUMAN).orElseThrow()).isCloseTo(0.4545454545454544, within(1e-9));
    }

    @Test
    void spearmanMatchesScipyWithTies() {
        // scipy.stats.spearmanr([4,3,5,2,4,1,3,5,2,4], [5,3,4,2,4,2,3,5,1,3]).statistic  -> 0.8765822784810127
        assertThat(AgreementStatistics.spearman(JUDGE_SCORES, HUMAN_SCORES).orElseThrow())
                .isCloseTo(0.8765822784810127, within(1e-9));
    }

    /*
     * Krippendorff's alpha reference, written from the coincidence-matrix definition (Krippendorff 2011):
     *
     * def alpha(data, metric):  # data: raters x units, np.nan = missing
     *     data = np.asarray(data, float); vals = np.unique(data[~np.isnan(data)]); idx = {v: i for i, v in enumerate(vals)}
     *     o = np.zeros((len(vals), len(vals)))
     *     for u in data.T:
     *         u = u[~np.isnan(u)]; m = len(u)
     *         if m < 2: continue
     *         for i in range(m):
     *             for j in range(m):
     *                 if i != j: o[idx[u[i]], idx[u[j]]] += 1 / (m - 1)
     *     nc = o.sum(1); n = nc.sum()
     *     d = np.array([[(a != b) * 1.0 if metric == "nominal" else (a - b) ** 2 for b in vals] for a in vals])
     *     return 1 - (n - 1) * (o * d).sum() / (np.outer(nc, nc) * d).sum()
     */
    @Test
    void krippendorffAlphaMatchesTheCoincidenceMatrixDefinition() {
        // alpha(R, "interval") -> 0.8491071428571428 ; alpha(R, "nominal") -> 0.743421052631579 (the paper's 0.743)
        assertThat(AgreementStatistics.krippendorffAlpha(KRIPPENDORFF_2011, INTERVAL).orElseThrow())
                .isCloseTo(0.8491071428571428, within(1e-9));
        assertThat(AgreementStatistics.krippendorffAlpha(KRIPPENDORFF_2011, NOMINAL).orElseThrow())
                .isCloseTo(0.743421052631579, within(1e-9));
        // alpha([[labs.index(a) for a in judge], [labs.index(b) for b in human]], "nominal") -> 0.4772727272727273
        assertThat(AgreementStatistics.krippendorffAlpha(AgreementStatistics.codeLabels(JUDGE, HUMAN), NOMINAL)
                .orElseThrow()).isCloseTo(0.4772727272727273, within(1e-9));
        // alpha([judge_scores, human_scores], "interval") -> 0.8503937007874016
        assertThat(AgreementStatistics.krippendorffAlpha(new double[][] {JUDGE_SCORES, HUMAN_SCORES}, INTERVAL)
                .orElseThrow()).isCloseTo(0.8503937007874016, within(1e-9));
    }

    @Test
    void undefinedStatisticsAreEmptyNotNaN() {
        assertThat(AgreementStatistics.cohensKappa(List.of("a", "a"), List.of("a", "a"))).isEmpty();
        assertThat(AgreementStatistics.spearman(new double[] {3, 3, 3}, new double[] {1, 2, 3})).isEmpty();
        assertThat(AgreementStatistics.krippendorffAlpha(new double[][] {{2, 2}, {2, 2}}, INTERVAL)).isEmpty();
        assertThat(AgreementStatistics.krippendorffAlpha(new double[][] {{1, NA}, {NA, 2}}, NOMINAL)).isEmpty();
    }

    @Test
    void perfectAndUnpairedData() {
        assertThat(AgreementStatistics.cohensKappa(List.of("a", "b"), List.of("a", "b"))).hasValue(1.0);
        assertThat(AgreementStatistics.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10})).hasValue(-1.0);
        assertThatThrownBy(() -> AgreementStatistics.spearman(new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("paired item by item: 1 vs 2");
        assertThatThrownBy(() -> AgreementStatistics.cohensKappa(List.of(), List.of()))
                .hasMessageContaining("at least one rated item");
    }

    @Test
    void averageRanksForTies() {
        assertThat(AgreementStatistics.ranks(new double[] {10, 20, 10, 30})).containsExactly(1.5, 3, 1.5, 4);
    }
}
