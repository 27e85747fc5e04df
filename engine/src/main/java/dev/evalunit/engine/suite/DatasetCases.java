package dev.evalunit.engine.suite;

import dev.evalunit.api.Case;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cases of one dataset as its rows are read, within the case and field-size limits: a case's id is its
 * {@code id} field, or {@code row-<n>} for the n-th row when it has none.
 */
final class DatasetCases {

    /** The field that names a case. */
    static final String ID_FIELD = "id";

    private final InputFile file;
    private final InputLimits limits;
    private final List<SuiteCase> cases = new ArrayList<>();

    DatasetCases(InputFile file) {
        this.file = file;
        this.limits = file.limits();
    }

    InputFile file() {
        return file;
    }

    /**
     * Adds the case of a row unless one of its fields is too large.
     *
     * @return false when the dataset already holds the most cases allowed (reported here): stop reading
     */
    boolean add(Map<String, Object> fields, int row, int line) {
        if (cases.size() == limits.maxCases()) {
            file.problem(line, "the dataset has more than " + limits.maxCases() + " cases; raise "
                    + InputKeys.MAX_CASES + " if it is meant to");
            return false;
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (size(field.getValue(), limits.maxFieldChars()) > limits.maxFieldChars()) {
                file.problem(line, "field '" + field.getKey() + "' of row " + row + " holds more than "
                        + limits.maxFieldChars() + " characters; raise " + InputKeys.MAX_FIELD_SIZE
                        + " if it is meant to");
                return true;
            }
        }
        Object id = fields.get(ID_FIELD);
        String caseId = id == null || String.valueOf(id).isBlank() ? "row-" + row : String.valueOf(id);
        cases.add(new SuiteCase(Case.of(caseId, fields), line, file.location().source(line)));
        return true;
    }

    List<SuiteCase> list() {
        return List.copyOf(cases);
    }

    /** The characters of a value, nested values summed, counted no further than just past the limit. */
    private static long size(Object value, long limit) {
        if (value instanceof Map<?, ?> map) {
            long total = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += String.valueOf(entry.getKey()).length() + size(entry.getValue(), limit - total);
                if (total > limit) {
                    return total;
                }
            }
            return total;
        }
        if (value instanceof List<?> list) {
            long total = 0;
            for (Object item : list) {
                total += size(item, limit - total);
                if (total > limit) {
                    return total;
                }
            }
            return total;
        }
        return String.valueOf(value).length();
    }
}
