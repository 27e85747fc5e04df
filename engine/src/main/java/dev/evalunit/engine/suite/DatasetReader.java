package dev.evalunit.engine.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.Case;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a dataset file into cases: JSONL (one JSON object per line), CSV (a header row, RFC 4180
 * quoting) or YAML (a list of mappings). A case's id is its {@code id} field, or {@code row-<n>} for the
 * n-th row when it has none. Every malformed row is a problem at its line; the good rows are still read.
 */
final class DatasetReader {

    /** The field that names a case. */
    static final String ID_FIELD = "id";

    private final ObjectMapper json = new ObjectMapper();

    List<SuiteCase> read(Location location, int declaredAt, Location suite, Problems problems) {
        String name = location.fileName().toLowerCase(Locale.ROOT);
        try (Reader reader = location.open()) {
            if (name.endsWith(".jsonl")) {
                return jsonl(new BufferedReader(reader), location, problems);
            }
            if (name.endsWith(".csv")) {
                return new CsvDataset(location, problems).read(reader);
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return yaml(reader, location, problems);
            }
            problems.at(suite, declaredAt, "dataset '" + location.fileName()
                    + "' has an unknown format; use a .jsonl, .csv or .yaml file");
        } catch (IOException e) {
            problems.at(suite, declaredAt, "dataset '" + location + "' cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return List.of();
    }

    /** Inline {@code cases:} of a suite file, or the rows of a YAML dataset. */
    static List<SuiteCase> fromNodes(List<Node> rows, Location location, Problems problems) {
        List<SuiteCase> cases = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Node row = rows.get(i);
            int line = YamlMap.line(row);
            if (row instanceof MappingNode) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) YamlMap.toJava(row);
                cases.add(toCase(fields, i + 1, location, line));
            } else {
                problems.at(location, line, "case " + (i + 1) + " must be a mapping of field names to values");
            }
        }
        return cases;
    }

    static SuiteCase toCase(Map<String, Object> fields, int row, Location location, int line) {
        Object id = fields.get(ID_FIELD);
        String caseId = id == null || String.valueOf(id).isBlank() ? "row-" + row : String.valueOf(id);
        return new SuiteCase(Case.of(caseId, fields), line, location.source(line));
    }

    private List<SuiteCase> jsonl(BufferedReader reader, Location location, Problems problems) throws IOException {
        List<SuiteCase> cases = new ArrayList<>();
        int line = 0;
        int row = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            row++;
            try {
                JsonNode node = json.readTree(text);
                if (node == null || !node.isObject()) {
                    problems.at(location, line, "malformed JSONL line: expected a JSON object, found "
                            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = json.convertValue(node, LinkedHashMap.class);
                cases.add(toCase(fields, row, location, line));
            } catch (JsonProcessingException e) {
                problems.at(location, line, "malformed JSONL line: " + e.getOriginalMessage());
            }
        }
        return cases;
    }

    private static List<SuiteCase> yaml(Reader reader, Location location, Problems problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.at(location, e.getProblemMark().getLine() + 1, "YAML syntax error: " + e.getProblem());
            return List.of();
        } catch (YAMLException e) {
            problems.at(location, 0, "YAML syntax error: " + e.getMessage());
            return List.of();
        }
        if (root instanceof SequenceNode sequence) {
            return fromNodes(sequence.getValue(), location, problems);
        }
        problems.at(location, root == null ? 0 : YamlMap.line(root), "a YAML dataset must be a list of cases");
        return List.of();
    }
}
