package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rubric written as bands, score range → expected outcome ({@code rubric: {"1-2": "wrong", "3": "partly
 * right", "4-5": "right and complete"}}), checked against the scale at discovery: every band inside it, none
 * overlapping.
 */
final class RubricBands {

    private RubricBands() {
    }

    /** The bands as rubric text, one line each, lowest first. */
    static String text(Options options, Map<?, ?> bands, Scale scale) throws ScorerConfigException {
        List<double[]> ranges = new ArrayList<>();
        TreeMap<Double, String> lines = new TreeMap<>();
        for (Map.Entry<?, ?> band : bands.entrySet()) {
            String key = String.valueOf(band.getKey()).trim();
            double[] range = range(options, key);
            if (!scale.contains(range[0]) || !scale.contains(range[1]) || range[0] > range[1]) {
                throw options.problem("rubric", "band '" + key + "' is not a range inside the scale " + scale);
            }
            for (double[] other : ranges) {
                if (range[0] <= other[1] && other[0] <= range[1]) {
                    throw options.problem("rubric", "band '" + key + "' overlaps another band");
                }
            }
            ranges.add(range);
            lines.put(range[0], (range[0] == range[1] ? Scale.format(range[0])
                    : Scale.format(range[0]) + " to " + Scale.format(range[1])) + ": "
                    + String.valueOf(band.getValue()).strip());
        }
        StringBuilder text = new StringBuilder("Score bands (score range: expected outcome):");
        lines.values().forEach(line -> text.append("\n- ").append(line));
        return text.toString();
    }

    private static double[] range(Options options, String key) throws ScorerConfigException {
        String[] parts = key.split("(?<=\\d)\\s*-\\s*", 2);
        try {
            double low = Double.parseDouble(parts[0].trim());
            return new double[] {low, parts.length == 2 ? Double.parseDouble(parts[1].trim()) : low};
        } catch (NumberFormatException e) {
            throw options.problem("rubric", "band '" + key + "' must be a score or a range like 4-5");
        }
    }
}
