package dev.evalunit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.RunFiles;
import dev.evalunit.reports.model.GateResult;
import dev.evalunit.reports.model.JudgeBias;
import dev.evalunit.reports.model.Section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The parts of {@code summary.json} beyond {@link dev.evalunit.api.RunSummary} that the report shows when a
 * run carries them: {@code comparison}, {@code gates}, {@code judges} and {@code gitCommit}. Their shape is
 * documented in the README ("Reports"); a section in another shape becomes an unavailable section naming the
 * field, so the rest of the report still renders.
 *
 * @param comparison the paired comparison and decision
 * @param gates      the quality gates
 * @param judges     judge position bias and calibration
 * @param gitCommit  the commit the run was made at
 */
record RunExtensions(Section<Comparison> comparison, Section<List<GateResult>> gates,
                     Section<List<JudgeBias>> judges, Optional<String> gitCommit) {

    /**
     * The comparison of every variant with the baseline.
     *
     * @param baseline       the baseline variant id
     * @param primaryMetric  the metric the decision rests on
     * @param minimumEffect  the minimum meaningful effect on the primary metric, when set
     * @param decision       SHIP_TREATMENT, KEEP_CONTROL, NO_DIFFERENCE or CONTINUE, when decided
     * @param winner         the variant the decision favours, when there is one
     * @param rule           the decision rule in words
     * @param higherIsBetter each metric's direction
     * @param differences    paired differences against the baseline
     */
    record Comparison(String baseline, String primaryMetric, OptionalDouble minimumEffect, Optional<String> decision,
                      Optional<String> winner, Optional<String> rule, Map<String, Boolean> higherIsBetter,
                      List<Difference> differences) {
    }

    /**
     * One paired difference, treatment minus baseline.
     *
     * @param variant        the treatment variant id
     * @param metric         the metric
     * @param difference     the mean per-case difference
     * @param low            its interval's low end
     * @param high           its interval's high end
     * @param pValue         its p-value, when given
     * @param adjustedPValue its p-value after correction, when given
     */
    record Difference(String variant, String metric, double difference, double low, double high,
                      OptionalDouble pValue, OptionalDouble adjustedPValue) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the extension sections of a run's {@code summary.json}. */
    static RunExtensions read(Path runDirectory) throws IOException {
        JsonNode root = MAPPER.readTree(runDirectory.resolve(RunFiles.SUMMARY).toFile());
        JsonNode commit = root.path("gitCommit");
        return new RunExtensions(
                section(root, "comparison", RunExtensions::comparison),
                section(root, "gates", RunExtensions::gates),
                section(root, "judges", RunExtensions::judges),
                commit.isTextual() && !commit.asText().isBlank() ? Optional.of(commit.asText()) : Optional.empty());
    }

    private static <T> Section<T> section(JsonNode root, String name, Function<JsonNode, T> reader) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Section.absent();
        }
        try {
            return Section.of(reader.apply(node));
        } catch (IllegalArgumentException e) {
            return Section.unavailable("summary.json has a '" + name + "' section this report cannot read: "
                    + e.getMessage());
        }
    }

    private static Comparison comparison(JsonNode node) {
        Map<String, Boolean> directions = new LinkedHashMap<>();
        for (JsonNode metric : array(node, "metrics", "comparison")) {
            directions.put(text(metric, "name", "comparison.metrics[]"),
                    !metric.has("higherIsBetter") || metric.get("higherIsBetter").asBoolean());
        }
        List<Difference> differences = new ArrayList<>();
        for (JsonNode d : array(node, "differences", "comparison")) {
            String where = "comparison.differences[" + differences.size() + "]";
            differences.add(new Difference(text(d, "variant", where), text(d, "metric", where),
                    number(d, "difference", where), number(d, "low", where), number(d, "high", where),
                    optionalNumber(d, "pValue", where), optionalNumber(d, "adjustedPValue", where)));
        }
        return new Comparison(text(node, "baseline", "comparison"), text(node, "primaryMetric", "comparison"),
                optionalNumber(node, "minimumEffect", "comparison"), optionalText(node, "decision"),
                optionalText(node, "winner"), optionalText(node, "decisionRule"), directions, differences);
    }

    private static List<GateResult> gates(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("'gates' must be an array of gates");
        }
        List<GateResult> gates = new ArrayList<>();
        for (JsonNode gate : node) {
            String where = "gates[" + gates.size() + "]";
            if (!gate.path("passed").isBoolean()) {
                throw new IllegalArgumentException("'" + where + ".passed' must be true or false");
            }
            gates.add(new GateResult(text(gate, "name", where), text(gate, "required", where),
                    text(gate, "measured", where), gate.get("passed").asBoolean(), optionalText(gate, "message")));
        }
        return gates;
    }

    private static List<JudgeBias> judges(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("'judges' must be an array of judges");
        }
        List<JudgeBias> judges = new ArrayList<>();
        for (JsonNode judge : node) {
            String where = "judges[" + judges.size() + "]";
            List<JudgeBias.CalibrationBin> bins = new ArrayList<>();
            for (JsonNode bin : array(judge, "calibration", where)) {
                String at = where + ".calibration[" + bins.size() + "]";
                bins.add(new JudgeBias.CalibrationBin(number(bin, "predicted", at), number(bin, "observed", at),
                        (long) number(bin, "count", at)));
            }
            judges.add(new JudgeBias(text(judge, "metric", where), optionalNumber(judge, "positionBias", where),
                    optionalText(judge, "note"), bins));
        }
        return judges;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + where + "." + field + "' must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + where + "." + field + "' must be a non-blank string");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new IllegalArgumentException("'" + where + "." + field + "' must be a finite number");
        }
        return value.asDouble();
    }

    private static OptionalDouble optionalNumber(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(node, field, where));
    }
}
