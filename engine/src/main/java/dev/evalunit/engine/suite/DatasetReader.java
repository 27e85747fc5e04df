package dev.evalunit.engine.suite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dataset file into cases: JSONL (one JSON object per line), CSV (a header row, RFC 4180 quoting) or
 * YAML (a list of mappings), within the {@link InputLimits}. Every malformed row is a problem at its line in the
 * dataset; the good rows are still read.
 */
final class DatasetReader {

    private final InputLimits limits;
    private final ObjectMapper json;

    DatasetReader(InputLimits limits) {
        this.limits = limits;
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth()).build()).build());
    }

    /** The cases of a dataset file declared at a line of a suite; a file that cannot be opened is blamed there. */
    List<SuiteCase> read(Location dataset, int declaredAt, Location suite, Problems problems) {
        String name = dataset.fileName().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!name.endsWith(".jsonl") && !name.endsWith(".csv") && !yaml) {
            problems.at(suite, declaredAt, "dataset '" + dataset.fileName()
                    + "' has an unknown format; use a .jsonl, .csv or .yaml file");
            return List.of();
        }
        Optional<String> text;
        try {
            text = SourceText.read(dataset, limits.maxFileBytes(), problems);
        } catch (IOException e) {
            problems.at(suite, declaredAt, "dataset '" + dataset + "' cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return List.of();
        }
        DatasetCases cases = new DatasetCases(new InputFile(dataset, problems, limits));
        text.ifPresent(content -> {
            if (name.endsWith(".jsonl")) {
                jsonl(content, cases);
            } else if (name.endsWith(".csv")) {
                new CsvDataset(cases).read(content);
            } else {
                yaml(content, cases);
            }
        });
        return cases.list();
    }

    /** The inline {@code cases:} of a suite file. */
    List<SuiteCase> fromNodes(List<Node> rows, YamlDocument document) {
        DatasetCases cases = new DatasetCases(document.file());
        fromNodes(rows, document, cases);
        return cases.list();
    }

    private static void fromNodes(List<Node> rows, YamlDocument document, DatasetCases cases) {
        for (int i = 0; i < rows.size(); i++) {
            Node row = rows.get(i);
            int line = YamlMap.line(row);
            if (!(row instanceof MappingNode)) {
                document.problems().at(document.location(), line, "case " + (i + 1)
                        + " must be a mapping of field names to values");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) document.toJava(row);
            if (!cases.add(fields, i + 1, line)) {
                return;
            }
        }
    }

    private void jsonl(String text, DatasetCases cases) {
        int line = 0;
        int row = 0;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
            String content = lines.next();
            line++;
            if (content.isBlank()) {
                continue;
            }
            row++;
            try {
                JsonNode node = json.readTree(content);
                if (node == null || !node.isObject()) {
                    cases.file().problem(line, "malformed JSONL line: expected a JSON object, found "
                            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = json.convertValue(node, LinkedHashMap.class);
                if (!cases.add(fields, row, line)) {
                    return;
                }
            } catch (JsonProcessingException e) {
                cases.file().problem(line, "malformed JSONL line: " + e.getOriginalMessage());
            }
        }
    }

    private void yaml(String text, DatasetCases cases) {
        Optional<Node> root = new YamlComposer(limits).compose(text, cases.file().location(), cases.file().problems());
        if (root.isEmpty()) {
            return;
        }
        if (!(root.get() instanceof SequenceNode sequence)) {
            cases.file().problem(YamlMap.line(root.get()), "a YAML dataset must be a list of cases");
            return;
        }
        try {
            fromNodes(sequence.getValue(), new YamlDocument(cases.file()), cases);
        } catch (InputLimitException e) {
            cases.file().problems().add(e.problem());
        }
    }
}
