package dev.evalunit.maven.promptfoo;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A converted promptfoo config: the suite (as the mapping its {@code *.eval.yaml} holds), the dataset rows and what
 * could not be converted.
 *
 * @param suiteId     the suite id, which also names both files
 * @param source      the promptfoo config it came from
 * @param suite       the suite file's content
 * @param cases       the dataset's rows (field → text), ids first
 * @param unconverted what was not converted, each with file, line and path in the config and why
 */
@API(status = INTERNAL, since = "0.1")
public record ImportedSuite(String suiteId, String source, Map<String, Object> suite, List<Map<String, String>> cases,
                            List<String> unconverted) {

    public ImportedSuite {
        cases = List.copyOf(cases);
        unconverted = List.copyOf(unconverted);
    }

    /** The suite file: a header naming the source and what was not converted, then the suite. */
    public String suiteYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        StringBuilder header = new StringBuilder("# Imported from the promptfoo config " + source + ".\n");
        if (unconverted.isEmpty()) {
            header.append("# Everything in it was converted.\n");
        } else {
            header.append("# Not converted:\n");
            unconverted.forEach(u -> header.append("#  - ").append(u.replace("\n", " ")).append('\n'));
        }
        return header + new Yaml(options).dump(suite);
    }

    /** The dataset file: one JSON object per case. */
    public String datasetJsonl() {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try {
            for (Map<String, String> row : cases) {
                out.append(json.writeValueAsString(row)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@code <id>.eval.yaml} and {@code <id>.jsonl} into a directory and returns the suite file. */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(suiteId + ".jsonl"), datasetJsonl(), StandardCharsets.UTF_8);
        return Files.writeString(directory.resolve(suiteId + ".eval.yaml"), suiteYaml(), StandardCharsets.UTF_8);
    }
}
