package dev.evalunit.judges.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.engine.files.RunFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Calibrates a judge on a run that is already stored, without generating or judging anything again: human scores
 * given per output (one JSON object a line, {@code {"variant": ..., "case": ..., "repeat": ..., "score": <number>}})
 * are matched to the run journal's samples, and each output's judge value (the mean of its usable scores of the
 * metric over judge repeats) is compared with its human score by {@link JudgeCalibration#scores}. Per output, not per
 * case: repeats of a case are different outputs and people may score them differently.
 */
@API(status = INTERNAL, since = "0.1")
public final class StoredCalibration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredCalibration() {
    }

    /** One labelled output's place in the run. */
    private record Output(String variant, String caseId, int repeat) {
    }

    /**
     * @param run    the stored run's directory (its {@code results.jsonl} is read)
     * @param labels the human scores, JSON lines
     * @param metric the judge's metric
     * @throws IllegalArgumentException naming the labels file and line when a line is malformed or names an output
     *                                  the run does not have, or when no labelled output has a usable judge score
     */
    public static List<JudgeCalibration.Agreement> scores(Path run, Path labels, String metric, JudgeCalibration.Bars bars)
            throws IOException {
        Map<Output, OptionalDouble> judged = new HashMap<>();
        try (Stream<SampleRecord> samples = new RunFiles().readResults(run)) {
            samples.forEach(sample -> judged.put(new Output(sample.variantId(), sample.caseId(), sample.repeat()),
                    sample.scores().stream().filter(s -> s.name().equals(metric) && !s.isError())
                            .mapToDouble(s -> s.value().getAsDouble()).average()));
        }
        List<Double> judge = new ArrayList<>();
        List<Double> human = new ArrayList<>();
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = labels + ":" + (i + 1) + ": ";
            JsonNode line;
            try {
                line = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + "not a JSON object: " + e.getOriginalMessage());
            }
            if (line == null || !line.path("variant").isTextual() || !line.path("case").isTextual()
                    || !line.path("repeat").canConvertToInt() || !line.path("score").isNumber()) {
                throw new IllegalArgumentException(where + "needs \"variant\" and \"case\" (text), \"repeat\" (a whole"
                        + " number) and \"score\" (a number)");
            }
            Output output = new Output(line.get("variant").asText(), line.get("case").asText(), line.get("repeat").asInt());
            OptionalDouble value = judged.get(output);
            if (value == null) {
                throw new IllegalArgumentException(where + "the run " + run + " has no output of variant '"
                        + output.variant() + "', case '" + output.caseId() + "', repeat " + output.repeat());
            }
            if (value.isPresent()) {
                judge.add(value.getAsDouble());
                human.add(line.get("score").asDouble());
            }
        }
        if (judge.isEmpty()) {
            throw new IllegalArgumentException(labels + ": no labelled output has a usable " + metric + " score in "
                    + run);
        }
        return JudgeCalibration.scores(judge.stream().mapToDouble(Double::doubleValue).toArray(),
                human.stream().mapToDouble(Double::doubleValue).toArray(), bars);
    }
}
