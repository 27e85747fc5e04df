package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference from stats/src/test/python/offline_reference.py:
 * {@code sm.OLS(y, np.ones(len(y))).fit(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True)}.
 */
class ClusteredMeanTest {

    private static final double[] Y = {0.25, 0.5, -0.25, 0.75, 0.0, 0.5, 1.0, -0.5, 0.25, 0.25};
    private static final List<String> DOCS =
            List.of("doc1", "doc1", "doc2", "doc2", "doc2", "doc3", "doc3", "doc4", "doc4", "doc5");

    @Test
    void matchesStatsmodelsClusterRobustSe() {
        ClusteredResult r = ClusteredMean.of(Y, DOCS, 0.95);
        agrees(r.mean(), 0.27499999999999997);
        agrees(r.se(), 0.14529065696045285);
        agrees(r.t(), 1.8927576332375808);
        agrees(r.pValue(), 0.13133178888855615);
        agrees(r.ciLow(), -0.1283915333488218);
        agrees(r.ciHigh(), 0.6783915333488217);
        assertThat(r.clusters()).isEqualTo(5);
        assertThat(r.df()).isEqualTo(4.0);
    }

    @Test
    void pairedDifferencesLineUpWithTheirCasesAfterDrops() {
        double[][] control = new double[Y.length + 1][];
        double[][] treatment = new double[Y.length + 1][];
        for (int i = 0; i < Y.length; i++) {
            control[i] = new double[] {1.0};
            treatment[i] = new double[] {1.0 + Y[i]};
        }
        control[Y.length] = new double[0];
        treatment[Y.length] = new double[] {5.0};
        List<String> keys = new ArrayList<>(DOCS);
        keys.add("doc6");
        ClusteredResult r = ClusteredMean.ofDifferences(PairedCases.of(control, treatment), keys, 0.95);
        agrees(r.se(), 0.14529065696045285);
        assertThat(r.clusters()).isEqualTo(5);
    }

    @Test
    void rejectsMissingOrSingleClusters() {
        assertThatThrownBy(() -> ClusteredMean.of(new double[] {1, 2}, List.of("a", "a"), 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cluster(s)");
        assertThatThrownBy(() -> ClusteredMean.of(new double[] {1, 2}, List.of("a"), 0.95))
                .hasMessageContaining("values has 2 entries but clusterKeys has 1");
    }
}
