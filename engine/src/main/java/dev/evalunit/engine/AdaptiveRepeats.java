package dev.evalunit.engine;

import dev.evalunit.api.run.AdaptiveRepeatsResult;
import org.junit.platform.engine.UniqueId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Adaptive repeats: the fixed design's calls (pairs × repeats) spent where repeats disagree. Every (variant, case)
 * pair first gets {@link #FIRST_ROUND} repeats; then, round by round, each case whose repeats disagree (variance of
 * the metric or of pass/fail over a variant's repeats, the largest over its variants) gets one more repeat of every
 * variant, most disagreeing first, while the budget lasts and no pair exceeds the cap. Cases that agree stop at the
 * first round. A case's variants always get the same number of repeats, so the pairing holds.
 */
final class AdaptiveRepeats {

    /** Repeats every pair gets before any is given more. */
    static final int FIRST_ROUND = 2;

    /** Starts one repeat of a pair. */
    @FunctionalInterface
    interface Sampler {
        CompletableFuture<ScoredSample> repeat(CaseDescriptor pair, int repeat);
    }

    private final String metric;
    private final int repeats;
    private final int maxRepeats;
    private AdaptiveRepeatsResult result;

    /**
     * @param metric     the metric whose disagreement steers the repeats
     * @param repeats    the suite's repeats: the fixed design's budget per pair
     * @param maxRepeats the most repeats one pair may get (at least the first round); below {@code repeats} the run
     *                   spends less than the budget
     */
    AdaptiveRepeats(String metric, int repeats, int maxRepeats) {
        this.metric = metric;
        this.repeats = repeats;
        this.maxRepeats = Math.max(maxRepeats, Math.min(FIRST_ROUND, repeats));
    }

    /** Runs the pairs of the plan (waiting for each round) and returns every pair's repeats, by pair id. */
    Map<UniqueId, List<ScoredSample>> run(List<CaseDescriptor> plan, Sampler sampler) {
        Map<String, List<CaseDescriptor>> byCase = new LinkedHashMap<>();
        plan.forEach(pair -> byCase.computeIfAbsent(pair.testCase().testCase().id(), id -> new ArrayList<>()).add(pair));
        Map<UniqueId, List<ScoredSample>> samples = new LinkedHashMap<>();
        plan.forEach(pair -> samples.put(pair.getUniqueId(), new ArrayList<>()));
        long budget = (long) plan.size() * repeats;
        int first = Math.min(FIRST_ROUND, repeats);
        long made = 0;
        List<CaseDescriptor> round = new ArrayList<>();
        for (int repeat = 0; repeat < first; repeat++) {
            round.addAll(plan);
        }
        while (!round.isEmpty()) {
            made += round.size();
            runRound(round, samples, sampler);
            round = nextRound(byCase, samples, budget - made);
        }
        int given = 0;
        int stopped = 0;
        long reallocated = 0;
        for (List<CaseDescriptor> pairs : byCase.values()) {
            int count = samples.get(pairs.get(0).getUniqueId()).size();
            given += count > first ? 1 : 0;
            stopped += count < repeats ? 1 : 0;
            reallocated += (long) pairs.size() * Math.max(0, count - repeats);
        }
        result = new AdaptiveRepeatsResult(metric, first, maxRepeats, byCase.size(), given, stopped, budget, made,
                budget - made, reallocated);
        return samples;
    }

    /** How the run spent its calls; after {@link #run}. */
    AdaptiveRepeatsResult result() {
        return result;
    }

    /** Starts every repeat of the round, then waits for them all. */
    private static void runRound(List<CaseDescriptor> round, Map<UniqueId, List<ScoredSample>> samples,
                                 Sampler sampler) {
        Map<UniqueId, Integer> nextRepeat = new HashMap<>();
        List<CompletableFuture<ScoredSample>> started = new ArrayList<>(round.size());
        for (CaseDescriptor pair : round) {
            int repeat = nextRepeat.merge(pair.getUniqueId(), 1, Integer::sum) - 1
                    + samples.get(pair.getUniqueId()).size();
            started.add(sampler.repeat(pair, repeat));
        }
        for (int i = 0; i < round.size(); i++) {
            samples.get(round.get(i).getUniqueId()).add(started.get(i).join());
        }
    }

    /** One more repeat of every variant of each disagreeing case, most disagreeing first, within what is left. */
    private List<CaseDescriptor> nextRound(Map<String, List<CaseDescriptor>> byCase,
                                           Map<UniqueId, List<ScoredSample>> samples, long left) {
        List<CaseDescriptor> round = new ArrayList<>();
        List<Map.Entry<List<CaseDescriptor>, Double>> disagreeing = new ArrayList<>();
        for (List<CaseDescriptor> pairs : byCase.values()) {
            double disagreement = pairs.stream().mapToDouble(p -> disagreement(samples.get(p.getUniqueId())))
                    .max().orElse(0);
            if (disagreement > 0 && samples.get(pairs.get(0).getUniqueId()).size() < maxRepeats) {
                disagreeing.add(Map.entry(pairs, disagreement));
            }
        }
        disagreeing.sort(Map.Entry.<List<CaseDescriptor>, Double>comparingByValue(Comparator.reverseOrder()));
        for (var entry : disagreeing) {
            if (round.size() + entry.getKey().size() > left) {
                break;
            }
            round.addAll(entry.getKey());
        }
        return round;
    }

    /** A pair's disagreement: the larger of the variances of the metric and of pass/fail over its repeats. */
    private double disagreement(List<ScoredSample> repeats) {
        List<Double> values = new ArrayList<>();
        List<Double> passes = new ArrayList<>();
        for (ScoredSample repeat : repeats) {
            PrimaryValue.of(repeat, metric).ifPresent(values::add);
            passes.add(repeat.passed() ? 1.0 : 0.0);
        }
        return Math.max(variance(values), variance(passes));
    }

    private static double variance(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
