package dev.evalunit.engine.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV dataset read with Jackson's CSV parser: the first record names the columns; fields may be quoted with
 * {@code "} (a doubled quote inside is one quote, quoted fields may span lines and keep their {@code \r\n}).
 * Values stay text. A quote closed before the end of its field ({@code "a"b}) is an error at its line and column.
 */
final class CsvDataset {

    private static final CsvMapper CSV = new CsvMapper();

    private final DatasetCases cases;

    CsvDataset(DatasetCases cases) {
        this.cases = cases;
    }

    void read(String text) {
        InputFile file = cases.file();
        try (CsvParser parser = CSV.getFactory().createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.nextToken();
            Optional<Row> first = Row.next(parser);
            if (first.isEmpty()) {
                file.problem(1, "the CSV dataset is empty; its first row must name the columns");
                return;
            }
            Row header = first.get();
            if (!validHeader(header)) {
                return;
            }
            int row = 0;
            for (Optional<Row> next = Row.next(parser); next.isPresent(); next = Row.next(parser)) {
                Row record = next.get();
                if (record.values().size() == 1 && record.values().get(0).isEmpty()) {
                    continue;
                }
                row++;
                if (record.values().size() != header.values().size()) {
                    file.problem(record.line(), "CSV row has " + record.values().size()
                            + " columns but the header has " + header.values().size() + " ("
                            + String.join(", ", header.values()) + ")");
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.values().size(); i++) {
                    fields.put(header.values().get(i), record.values().get(i));
                }
                if (!cases.add(fields, row, record.line())) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            int unclosed = unclosedQuoteLine(text);
            if (unclosed > 0) {
                file.problem(unclosed, "CSV field opened with \" here is never closed");
            } else {
                JsonLocation at = e.getLocation();
                file.problem(at == null ? 0 : at.getLineNr(), "malformed CSV"
                        + (at == null ? "" : " at column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            file.problem(0, "malformed CSV: " + e.getMessage());
        }
    }

    private boolean validHeader(Row header) {
        Set<String> seen = new HashSet<>();
        for (String column : header.values()) {
            if (column.isBlank() || !seen.add(column)) {
                cases.file().problem(header.line(), "the CSV header has a "
                        + (column.isBlank() ? "blank" : "duplicate") + " column name"
                        + (column.isBlank() ? "" : " '" + column + "'"));
                return false;
            }
        }
        return true;
    }

    /**
     * The line of the quote that opens a field never closed, or 0. Jackson reports that error at the end of the
     * input, while the fix belongs where the quote opens.
     */
    private static int unclosedQuoteLine(String text) {
        int line = 1;
        int openedAt = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                openedAt = line;
            }
            fieldStart = !quoted && (c == ',' || c == '\n');
            if (c == '\n') {
                line++;
            }
        }
        return quoted ? openedAt : 0;
    }

    /** One record's values and the line it starts at. */
    private record Row(List<String> values, int line) {

        /** The next record; empty at the end of the input. */
        static Optional<Row> next(CsvParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            int line = 0;
            for (JsonToken token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
                if (values.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                values.add(parser.getText());
            }
            return Optional.of(new Row(values, line));
        }
    }
}
