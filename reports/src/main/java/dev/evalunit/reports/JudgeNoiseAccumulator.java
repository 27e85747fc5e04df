package dev.evalunit.reports;

import dev.evalunit.api.run.Score;
import dev.evalunit.reports.model.JudgeNoise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects, per judge metric, how much a judge's repeated verdicts on the same sample disagree. */
final class JudgeNoiseAccumulator {

    private final Map<String, double[]> byMetric = new LinkedHashMap<>();

    /** Adds one sample's scores; only metrics judged more than once on it count. */
    void add(List<Score> scores) {
        Map<String, List<Score>> judged = new LinkedHashMap<>();
        for (Score score : scores) {
            if (score.judgeFingerprint().isPresent() && score.value().isPresent()) {
                judged.computeIfAbsent(score.name(), name -> new ArrayList<>()).add(score);
            }
        }
        judged.forEach((metric, repeats) -> {
            if (repeats.size() < 2) {
                return;
            }
            double mean = repeats.stream().mapToDouble(s -> s.value().getAsDouble()).average().orElseThrow();
            double squares = repeats.stream().mapToDouble(s -> Math.pow(s.value().getAsDouble() - mean, 2)).sum();
            boolean flipped = repeats.stream().anyMatch(Score::passed) && !repeats.stream().allMatch(Score::passed);
            double[] totals = byMetric.computeIfAbsent(metric, name -> new double[3]);
            totals[0]++;
            totals[1] += Math.sqrt(squares / (repeats.size() - 1));
            totals[2] += flipped ? 1 : 0;
        });
    }

    /** One row per metric that was judged more than once on some sample. */
    List<JudgeNoise> rows() {
        List<JudgeNoise> rows = new ArrayList<>();
        byMetric.forEach((metric, totals) ->
                rows.add(new JudgeNoise(metric, (long) totals[0], totals[1] / totals[0], totals[2] / totals[0])));
        return rows;
    }
}
