package dev.evalunit.judges.suite;

import dev.evalunit.api.run.Score;
import dev.evalunit.judges.text.LabelMatchScorer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A classification suite's confusion matrix over every scored sample of one variant: rows are expected
 * labels, columns predicted labels, with accuracy, per-label precision, recall and F1, and macro F1.
 * Built from {@code label-match} scores ({@link LabelMatchScorer#EXPECTED} and
 * {@link LabelMatchScorer#PREDICTED} details); error scores are left out and counted.
 *
 * @param labels every label seen, expected or predicted, sorted
 * @param counts counts[expected][predicted], indexed like {@code labels}
 * @param errors error scores left out
 */
public record ConfusionMatrix(List<String> labels, int[][] counts, int errors) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = copy(counts);
        if (counts.length != labels.size()) {
            throw new IllegalArgumentException("counts must be " + labels.size() + " x " + labels.size());
        }
    }

    /** A copy of the counts, indexed [expected][predicted] like {@code labels}. */
    @Override
    public int[][] counts() {
        return copy(counts);
    }

    private static int[][] copy(int[][] counts) {
        return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * Precision, recall and F1 of one label; each empty when undefined (no predictions or no cases of it).
     *
     * @param support how many samples expected this label
     */
    public record LabelStats(String label, OptionalDouble precision, OptionalDouble recall, OptionalDouble f1,
                             int support) {
    }

    /**
     * Builds the matrix from label-match scores.
     *
     * @throws IllegalArgumentException when a non-error score has no expected/predicted details (not a label-match score)
     */
    public static ConfusionMatrix of(Collection<Score> scores) {
        Map<String, Map<String, Integer>> cells = new TreeMap<>();
        TreeSet<String> labels = new TreeSet<>();
        int errors = 0;
        for (Score score : scores) {
            if (score.isError()) {
                errors++;
                continue;
            }
            String expected = detail(score, LabelMatchScorer.EXPECTED);
            String predicted = detail(score, LabelMatchScorer.PREDICTED);
            labels.add(expected);
            labels.add(predicted);
            cells.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        List<String> sorted = List.copyOf(labels);
        int[][] counts = new int[sorted.size()][sorted.size()];
        cells.forEach((expected, row) -> row.forEach((predicted, count) ->
                counts[sorted.indexOf(expected)][sorted.indexOf(predicted)] = count));
        return new ConfusionMatrix(sorted, counts, errors);
    }

    private static String detail(Score score, String key) {
        return Optional.ofNullable(score.details().get(key)).map(String::valueOf).orElseThrow(() ->
                new IllegalArgumentException("score '" + score.name() + "' has no '" + key
                        + "' detail; a confusion matrix needs label-match scores"));
    }

    /** How many samples expected {@code expected} and were predicted {@code predicted}. */
    public int count(String expected, String predicted) {
        int row = labels.indexOf(expected);
        int column = labels.indexOf(predicted);
        return row < 0 || column < 0 ? 0 : counts[row][column];
    }

    /** Scored samples (error scores excluded). */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /** The share of samples predicted correctly; empty when there are none. */
    public OptionalDouble accuracy() {
        int correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += counts[i][i];
        }
        return ratio(correct, total());
    }

    public List<LabelStats> perLabel() {
        return IntStream.range(0, labels.size()).mapToObj(this::stats).toList();
    }

    private LabelStats stats(int label) {
        int predicted = 0;
        int expected = 0;
        for (int i = 0; i < labels.size(); i++) {
            predicted += counts[i][label];
            expected += counts[label][i];
        }
        int hits = counts[label][label];
        OptionalDouble precision = ratio(hits, predicted);
        OptionalDouble recall = ratio(hits, expected);
        OptionalDouble f1 = precision.isPresent() && recall.isPresent()
                ? OptionalDouble.of(hits == 0 ? 0.0 : 2 * precision.getAsDouble() * recall.getAsDouble()
                / (precision.getAsDouble() + recall.getAsDouble()))
                : OptionalDouble.empty();
        return new LabelStats(labels.get(label), precision, recall, f1, expected);
    }

    /** The mean F1 over labels whose F1 is defined; empty when none is. */
    public OptionalDouble macroF1() {
        return perLabel().stream().map(LabelStats::f1).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
