package dev.evalunit.stats;

import static dev.evalunit.stats.Reference.agrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * References from stats/src/test/python/offline_reference.py. McNemar:
 * {@code mcnemar([[both, treatmentOnly], [controlOnly, neither]], exact=True).pvalue}. Newcombe: method 10
 * of Newcombe (Statistics in Medicine 17:2635–2650, 1998) implemented in the script from the paper, with
 * the Wilson limits from {@code proportion_confint(method="wilson")}.
 */
class BinaryPairedTest {

    @Test
    void mcnemarMatchesStatsmodels() {
        agrees(McNemarTest.exact(new PairedTable(20, 9, 2, 19)).pValue(), 0.0654296875);
        agrees(McNemarTest.exact(new PairedTable(0, 25, 10, 0)).pValue(), 0.016673847800120715);
        agrees(McNemarTest.exact(new PairedTable(30, 12, 11, 7)).pValue(), 1.0);
        assertThat(McNemarTest.exact(new PairedTable(10, 1, 0, 3)).pValue()).isEqualTo(1.0);
        assertThat(McNemarTest.exact(new PairedTable(5, 0, 0, 5)).pValue()).isEqualTo(1.0);
    }

    @Test
    void newcombeMatchesThePaperFormula() {
        assertNewcombe(new PairedTable(20, 9, 2, 19), 0.01582175491336678, 0.25515844963826056);
        assertNewcombe(new PairedTable(10, 15, 5, 20), 0.030502822901462584, 0.35283592771870453);
        assertNewcombe(new PairedTable(59, 23, 3, 37), 0.08638650746398074, 0.23765670827279756);
        assertNewcombe(new PairedTable(0, 3, 0, 7), -0.03759243457905065, 0.6032218525388546);
        assertNewcombe(new PairedTable(5, 0, 0, 5), 0.0, 0.0);
    }

    private static void assertNewcombe(PairedTable table, double low, double high) {
        Interval ci = NewcombeInterval.pairedDifference(table, 0.95);
        agrees(ci.low(), low);
        agrees(ci.high(), high);
        assertThat(ci.contains(table.difference())).isTrue();
    }

    @Test
    void tableFromOutcomes() {
        boolean[] control = {true, true, false, false, true};
        boolean[] treatment = {true, false, true, true, true};
        PairedTable table = PairedTable.of(control, treatment);
        assertThat(table).isEqualTo(new PairedTable(2, 2, 1, 0));
        assertThat(table.difference()).isEqualTo(0.2);
        assertThatThrownBy(() -> PairedTable.of(control, new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one entry per case");
        assertThatThrownBy(() -> NewcombeInterval.pairedDifference(new PairedTable(0, 0, 0, 0), 0.95))
                .hasMessageContaining("no cases");
        assertThatThrownBy(() -> new PairedTable(1, -1, 0, 0)).hasMessageContaining("treatmentOnly is -1");
    }
}
