package dev.evalunit.judges.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code json-schema}: the output is JSON that validates against a JSON Schema, given inline
 * ({@code schema}: a map or JSON text) or as a file relative to the suite ({@code schemaFile}). The schema
 * is checked against its meta-schema (2020-12 unless it says {@code $schema}) and every {@code $ref} is
 * resolved at discovery, never while scoring: from the suite's own folder only, and from the network only
 * with {@code remoteRefs: true}. A reference to anything else (another folder, {@code file:///etc/…}, a URL)
 * is a discovery error, so a schema cannot read local files or call out while a run scores.
 */
public final class JsonSchemaScorer implements ScorerProvider {

    private static final int LISTED_ERRORS = 5;

    @Override
    public String name() {
        return "json-schema";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Options options = Options.of(setup, Set.of("schema", "schemaFile", "stripCodeFence", "remoteRefs"));
        JsonText json = new JsonText(options.bool("stripCodeFence", false));
        boolean inline = options.has("schema");
        if (inline == options.has("schemaFile")) {
            throw options.problem("needs exactly one of option 'schema' (inline) or option 'schemaFile' (a path)");
        }
        String key = inline ? "schema" : "schemaFile";
        Optional<Path> folder = options.setup().suiteDirectory();
        Path location = inline ? folder.orElse(Path.of("")).resolve("inline.schema.json") : schemaPath(options);
        JsonNode schemaNode = inline ? inline(options, json) : file(options, json, location);
        JsonSchema schema = compile(options, key, schemaNode, location, options.bool("remoteRefs", false));
        Metric metric = Metric.check(options.metric());
        return Scorer.sync(input -> {
            JsonNode document;
            try {
                document = json.parse(input.output());
            } catch (JsonText.NotJson e) {
                return List.of(metric.check(false, "output is not JSON: " + e.getMessage()));
            }
            Set<ValidationMessage> errors = schema.validate(document);
            if (errors.isEmpty()) {
                return List.of(metric.check(true, "output matches the schema"));
            }
            List<String> messages = errors.stream().map(ValidationMessage::getMessage).sorted().toList();
            return List.of(metric.check(false, errors.size() + " schema violation(s): "
                            + messages.stream().limit(LISTED_ERRORS).collect(Collectors.joining("; ")))
                    .withDetails(Map.of("violations", messages)));
        });
    }

    private static JsonNode inline(Options options, JsonText json) throws ScorerConfigException {
        Object raw = options.raw("schema").orElseThrow();
        if (raw instanceof Map || raw instanceof List) {
            return json.mapper().valueToTree(raw);
        }
        try {
            return json.parse(String.valueOf(raw));
        } catch (JsonText.NotJson e) {
            throw options.problem("schema", "is not JSON: " + e.getMessage());
        }
    }

    private static Path schemaPath(Options options) throws ScorerConfigException {
        String name = options.requiredString("schemaFile");
        return options.setup().suiteDirectory().map(dir -> dir.resolve(name)).orElse(Path.of(name)).toAbsolutePath();
    }

    private static JsonNode file(Options options, JsonText json, Path path) throws ScorerConfigException {
        try {
            return json.parse(Files.readString(path));
        } catch (IOException e) {
            throw options.problem("schemaFile", "cannot be read from " + path.toAbsolutePath() + ": " + e);
        } catch (JsonText.NotJson e) {
            throw options.problem("schemaFile", "file " + path + " is not JSON: " + e.getMessage());
        }
    }

    private static JsonSchema compile(Options options, String key, JsonNode schemaNode, Path location,
                                      boolean remoteRefs) throws ScorerConfigException {
        try {
            SpecVersion.VersionFlag version = schemaNode.has("$schema")
                    ? SpecVersionDetector.detect(schemaNode) : SpecVersion.VersionFlag.V202012;
            SuiteFolderSchemas suiteFolder = new SuiteFolderSchemas(options.setup().suiteDirectory());
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder.schemaLoaders(
                    loaders -> loaders.add(suiteFolder).add(new AllowSchemaLoader(iri -> iri.toString()
                            .startsWith("classpath:draft") || suiteFolder.allows(iri)
                            || remoteRefs && iri.toString().matches("(?i)https?:.*")))));
            JsonSchema meta = factory.getSchema(SchemaLocation.of(version.getId()));
            Set<ValidationMessage> problems = meta.validate(schemaNode);
            if (!problems.isEmpty()) {
                throw options.problem(key, "is not a valid JSON Schema: " + problems.stream()
                        .map(ValidationMessage::getMessage).sorted().limit(LISTED_ERRORS)
                        .collect(Collectors.joining("; ")));
            }
            JsonSchema schema = factory.getSchema(SchemaLocation.of(location.toUri().toString()), schemaNode);
            schema.initializeValidators();
            return schema;
        } catch (JsonSchemaException e) {
            throw options.problem(key, "is not a valid JSON Schema: " + e.getMessage()
                    + " (a $ref may name files in the suite's folder only, and URLs only with remoteRefs: true)");
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw options.problem(key, "has a $ref that cannot be resolved: " + e.getMessage());
        }
    }
}
