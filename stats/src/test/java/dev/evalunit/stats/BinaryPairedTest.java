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

    /**
     * Method 10 with Newcombe's corrected phi ((ad − bc − N/2) when ad − bc &gt; N/2): offline_reference.py,
     * "Newcombe 1998 paired method 10 with its corrected phi". [13, 0, 4, 8] is the worked example whose published
     * interval is [−0.3074, +0.0026]; the raw phi gave [−0.2905, −0.0172], excluding 0 while McNemar's p is
     * 0.125.
     */
    @Test
    void newcombeMatchesThePublishedMethod() {
        assertNewcombe(new PairedTable(13, 0, 4, 8), -0.3074071997254837, 0.0025993024484621263);
        assertNewcombe(new PairedTable(20, 9, 2, 19), 0.009772540645656413, 0.26076658992612184);
        assertNewcombe(new PairedTable(10, 15, 5, 20), 0.025838416549251064, 0.35693657165919257);
        assertNewcombe(new PairedTable(59, 23, 3, 37), 0.08469003156555317, 0.2392361244912483);
        assertNewcombe(new PairedTable(0, 3, 0, 7), -0.03759243457905065, 0.6032218525388546);
        assertNewcombe(new PairedTable(5, 0, 0, 5), -0.16659315708122263, 0.16659315708122263);
        assertThat(McNemarTest.exact(new PairedTable(13, 0, 4, 8)).pValue()).isEqualTo(0.125);
    }

    /** 2 * binom.cdf(min(b, c), b + c, 0.5), equal to statsmodels' mcnemar(..., exact=True): far below 1e-16. */
    @Test
    void mcNemarKeepsTinyTails() {
        agrees(McNemarTest.exact(new PairedTable(10, 0, 60, 5)).pValue(), 1.734723475976807e-18);
        agrees(McNemarTest.exact(new PairedTable(0, 2, 80, 0)).pValue(), 1.4078614025652531e-21);
        agrees(McNemarTest.exact(new PairedTable(3, 1, 70, 4)).pValue(), 6.098637220230962e-20);
    }

    @Test
    void emptyTableHasNoDifference() {
        assertThatThrownBy(() -> new PairedTable(0, 0, 0, 0).difference())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no case");
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
