package dev.evalunit.engine.suite;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV dataset: the first record names the columns; fields may be quoted with {@code "} (a doubled
 * quote inside is one quote, quoted fields may span lines). Values stay text.
 */
final class CsvDataset {

    private final Location location;
    private final Problems problems;
    private int line = 1;

    CsvDataset(Location location, Problems problems) {
        this.location = location;
        this.problems = problems;
    }

    List<SuiteCase> read(Reader source) throws IOException {
        PushbackReader in = new PushbackReader(source, 1);
        int headerLine = line;
        List<String> header = record(in);
        if (header == null) {
            problems.at(location, 1, "the CSV dataset is empty; its first row must name the columns");
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isBlank() || !seen.add(column)) {
                problems.at(location, headerLine, "the CSV header has a " + (column.isBlank() ? "blank" : "duplicate")
                        + " column name" + (column.isBlank() ? "" : " '" + column + "'"));
                return List.of();
            }
        }
        List<SuiteCase> cases = new ArrayList<>();
        int row = 0;
        while (true) {
            int start = line;
            List<String> values = record(in);
            if (values == null) {
                return cases;
            }
            if (values.size() == 1 && values.get(0).isEmpty()) {
                continue;
            }
            row++;
            if (values.size() != header.size()) {
                problems.at(location, start, "CSV row has " + values.size() + " columns but the header has "
                        + header.size() + " (" + String.join(", ", header) + ")");
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), values.get(i));
            }
            cases.add(DatasetReader.toCase(fields, row, location, start));
        }
    }

    /** The next record's fields, or null at the end of input. */
    private List<String> record(PushbackReader in) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        in.unread(c);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            c = in.read();
            if (quoted) {
                if (c == -1) {
                    problems.at(location, line, "CSV field opened with \" is never closed");
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }
}
