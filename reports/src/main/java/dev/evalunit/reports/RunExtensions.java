package dev.evalunit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.RunFiles;
import dev.evalunit.reports.model.JudgeBias;
import dev.evalunit.reports.model.Section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The parts of {@code summary.json} beyond {@link dev.evalunit.api.RunSummary} that the report shows when a
 * run carries them: {@code judges} (judge position bias and calibration) and {@code gitCommit}. Their shape is
 * documented in the README ("Reports"); a section in another shape becomes an unavailable section naming the
 * field, so the rest of the report still renders.
 *
 * @param judges    judge position bias and calibration
 * @param gitCommit the commit the run was made at
 */
record RunExtensions(Section<List<JudgeBias>> judges, Optional<String> gitCommit) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the extension sections of a run's {@code summary.json}. */
    static RunExtensions read(Path runDirectory) throws IOException {
        JsonNode root = MAPPER.readTree(runDirectory.resolve(RunFiles.SUMMARY).toFile());
        JsonNode commit = root.path("gitCommit");
        return new RunExtensions(section(root, "judges", RunExtensions::judges),
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
