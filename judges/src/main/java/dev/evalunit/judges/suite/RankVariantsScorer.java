package dev.evalunit.judges.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteResults;
import dev.evalunit.api.spi.SuiteScorerProvider;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.judges.Options;
import dev.evalunit.stats.Direction;
import dev.evalunit.stats.FriedmanResult;
import dev.evalunit.stats.FriedmanTest;
import dev.evalunit.stats.McNemarTest;
import dev.evalunit.stats.PValueAdjustment;
import dev.evalunit.stats.PairedTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * {@code rank-variants}: ranks every variant on one metric (select-best among all variants, not only against the
 * baseline). Per case, a variant's value is the mean of its samples' scores of the metric; over the cases every
 * variant scored, the Friedman test says whether the variants differ at all, and each pair's per-case wins get an
 * exact sign test, Holm-adjusted over the pairs. A variant is best when the Friedman test rejects and it wins
 * significantly against every other. Options: {@code rank} (the metric, required), {@code direction}
 * ({@code higher}, the default, {@code lower} or a target range {@code [low, high]}: closer is better), {@code alpha} (default 0.05). Needs 3 or more
 * variants: two are the {@code compare} block's work.
 */
@API(status = INTERNAL, since = "0.1")
public final class RankVariantsScorer implements SuiteScorerProvider {

    /** The name suites use. */
    public static final String NAME = "rank-variants";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<SuiteLevelScorer> create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("rank", "direction", "alpha"));
        String metric = options.requiredString("rank");
        Direction direction;
        try {
            direction = Direction.parse(options.string("direction").orElse("higher"));
        } catch (IllegalArgumentException e) {
            throw options.problem("direction", e.getMessage());
        }
        double alpha = options.number("alpha").orElse(0.05);
        if (!(alpha > 0 && alpha < 1)) {
            throw options.problem("alpha", "must be above 0 and below 1, was " + alpha);
        }
        return Optional.of((results, context) -> CompletableFuture.completedFuture(
                SuiteScoring.of(List.of(rank(metric, direction, alpha, results)))));
    }

    private static SuiteFinding rank(String metric, Direction direction, double alpha, SuiteResults results) {
        List<String> variants = results.variantIds();
        if (variants.size() < 3) {
            return new SuiteFinding.Failed(NAME, metric, "*", "ranks 3 or more variants; the suite has "
                    + variants.size() + ", which its compare block decides");
        }
        List<double[]> rows = new ArrayList<>();
        for (SuiteResults.CaseResults caseResults : results.cases()) {
            double[] row = new double[variants.size()];
            boolean complete = true;
            for (int j = 0; j < variants.size() && complete; j++) {
                OptionalDouble mean = caseResults.of(variants.get(j)).stream().map(SampleRecord::scores)
                        .flatMap(List::stream).filter(s -> s.name().equals(metric) && s.value().isPresent())
                        .mapToDouble(s -> s.value().getAsDouble()).average();
                complete = mean.isPresent();
                row[j] = mean.orElse(Double.NaN);
            }
            if (complete) {
                rows.add(row);
            }
        }
        if (rows.size() < 2) {
            return new SuiteFinding.Failed(NAME, metric, "*", "ranks on the cases every variant scored on "
                    + metric + "; there were " + rows.size());
        }
        double[][] values = rows.toArray(double[][]::new);
        FriedmanResult friedman = FriedmanTest.test(values, direction);
        double[] meanRanks = friedman.meanRanks();
        List<Integer> order = IntStream.range(0, variants.size()).boxed()
                .sorted(Comparator.comparingDouble(j -> meanRanks[j])).toList();
        List<SuiteFinding.Ranked> ranked = order.stream().map(j -> new SuiteFinding.Ranked(variants.get(j),
                meanRanks[j], column(values, j))).toList();
        List<int[]> tallies = new ArrayList<>();
        List<int[]> pairIndexes = new ArrayList<>();
        for (int a = 0; a < order.size(); a++) {
            for (int b = a + 1; b < order.size(); b++) {
                pairIndexes.add(new int[] {order.get(a), order.get(b)});
                tallies.add(wins(values, order.get(a), order.get(b), direction));
            }
        }
        double[] p = tallies.stream().mapToDouble(t -> McNemarTest.exact(new PairedTable(0, t[0], t[1], t[2]))
                .pValue()).toArray();
        double[] adjusted = PValueAdjustment.holm(p);
        List<SuiteFinding.RankedPair> pairs = new ArrayList<>();
        for (int i = 0; i < pairIndexes.size(); i++) {
            int[] t = tallies.get(i);
            pairs.add(new SuiteFinding.RankedPair(variants.get(pairIndexes.get(i)[0]),
                    variants.get(pairIndexes.get(i)[1]), t[0], t[1], t[2], p[i], adjusted[i]));
        }
        String top = ranked.get(0).variantId();
        boolean topWinsAll = pairs.stream().filter(pair -> pair.first().equals(top))
                .allMatch(pair -> pair.firstWins() > pair.secondWins() && pair.adjustedP() < alpha);
        Optional<String> best = friedman.pValue() < alpha && topWinsAll ? Optional.of(top) : Optional.empty();
        return new SuiteFinding.Ranking(NAME, metric, top, values.length, ranked, friedman.statistic(),
                friedman.pValue(), pairs, best, alpha);
    }

    /** {first wins, second wins, ties} over the cases. */
    private static int[] wins(double[][] values, int first, int second, Direction direction) {
        int[] tally = new int[3];
        for (double[] row : values) {
            double difference = direction.orient(direction.compared(row[first]) - direction.compared(row[second]));
            tally[difference > 0 ? 0 : difference < 0 ? 1 : 2]++;
        }
        return tally;
    }

    private static double column(double[][] values, int j) {
        double sum = 0;
        for (double[] row : values) {
            sum += row[j];
        }
        return sum / values.length;
    }
}
