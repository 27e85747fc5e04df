package dev.evalunit.judges.engine;

import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** {@link RankedSuite} through the real engine: {@code rank-variants} ranks all three variants and picks the best. */
class RankingEngineTest {

    @TempDir
    Path output;

    @Test
    void everyVariantIsRankedAndTheBestIsSelectedWithItsStatistics() throws IOException {
        EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "run-1")
                .selectors(selectClass(RankedSuite.class))
                .execute();
        RunSummary summary = new RunFiles().readSummary(output.resolve("ranked").resolve("run-1"));
        SuiteFinding.Ranking ranking = summary.findings().stream().filter(SuiteFinding.Ranking.class::isInstance)
                .map(SuiteFinding.Ranking.class::cast).findFirst().orElseThrow();

        assertThat(ranking.cases()).isEqualTo(8);
        assertThat(ranking.ranked()).extracting(SuiteFinding.Ranked::variantId, SuiteFinding.Ranked::meanRank)
                .containsExactly(tuple("terse", 1.0), tuple("medium", 2.0), tuple("verbose", 3.0));
        // /usr/bin/python3: scipy.stats.friedmanchisquare([2]*8, [3+(i%3) for i in range(1,9)], [8]*8)
        //   -> statistic=16.0, pvalue=0.0003354626279025119
        assertThat(ranking.statistic()).isCloseTo(16.0, within(1e-12));
        assertThat(ranking.pValue()).isCloseTo(0.0003354626279025119, within(1e-15));
        // every pair 8 wins to 0: exact sign test 2 * 0.5^8 = 0.0078125, Holm over 3 pairs: 3 * 0.0078125
        assertThat(ranking.pairs()).extracting(SuiteFinding.RankedPair::first, SuiteFinding.RankedPair::second,
                        SuiteFinding.RankedPair::firstWins, SuiteFinding.RankedPair::pValue,
                        SuiteFinding.RankedPair::adjustedP)
                .containsExactly(tuple("terse", "medium", 8, 0.0078125, 0.0234375),
                        tuple("terse", "verbose", 8, 0.0078125, 0.0234375),
                        tuple("medium", "verbose", 8, 0.0078125, 0.0234375));
        assertThat(ranking.best()).hasValue("terse");
        assertThat(ranking.summary()).startsWith("ranking on words over 8 cases: terse (mean rank 1.00)")
                .endsWith("best: terse, ahead of every other variant");
    }
}
