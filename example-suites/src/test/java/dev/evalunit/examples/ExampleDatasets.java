package dev.evalunit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.Case;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Java example suites' datasets: JSON Lines on the test class path, one case per line keyed by its {@code id}. */
final class ExampleDatasets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleDatasets() {
    }

    static List<Case> jsonl(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ExampleDatasets.class.getResourceAsStream(resource),
                resource + " is missing");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = new LinkedHashMap<>(JSON.readValue(line, Map.class));
                    cases.add(Case.of(String.valueOf(fields.remove("id")), fields));
                }
            }
        }
        return cases;
    }
}
