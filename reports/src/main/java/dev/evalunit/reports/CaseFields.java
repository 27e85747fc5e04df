package dev.evalunit.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.reports.model.CaseField;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The case fields of a run's {@code cases.jsonl}, each value shortened to {@link #LIMIT} characters so a
 * 10,000-case report stays small; runs written before the engine recorded cases have none.
 */
final class CaseFields {

    /** Characters kept of one field's value. */
    static final int LIMIT = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<CaseField>> byCase;

    private CaseFields(Map<String, List<CaseField>> byCase) {
        this.byCase = byCase;
    }

    /**
     * Reads the run's {@code cases.jsonl}, if it has one.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed record
     */
    static CaseFields read(Path runDirectory, RunFiles files) throws IOException {
        Map<String, List<CaseField>> byCase = new HashMap<>();
        if (Files.isRegularFile(runDirectory.resolve(RunFiles.CASES))) {
            try (Stream<CaseRecord> records = files.readCases(runDirectory)) {
                records.forEach(record -> byCase.put(record.caseId(), fields(record)));
            }
        }
        return new CaseFields(byCase);
    }

    /** A case's fields in dataset order; empty when the run did not record the case. */
    List<CaseField> of(String caseId) {
        return byCase.getOrDefault(caseId, List.of());
    }

    private static List<CaseField> fields(CaseRecord record) {
        List<CaseField> fields = new ArrayList<>(record.fields().size());
        record.fields().forEach((name, value) -> fields.add(new CaseField(name, shorten(text(value)))));
        return List.copyOf(fields);
    }

    private static String text(Object value) {
        if (value instanceof Map || value instanceof List) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }

    private static String shorten(String text) {
        if (text.length() <= LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
        return text.substring(0, end) + " … (" + (text.length() - end) + " more characters in cases.jsonl)";
    }
}
