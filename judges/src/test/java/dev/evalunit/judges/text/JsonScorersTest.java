package dev.evalunit.judges.text;

import com.sun.net.httpserver.HttpServer;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonScorersTest {

    private static final Map<String, Object> PERSON = Map.of(
            "type", "object",
            "required", List.of("name", "age"),
            "properties", Map.of("name", Map.of("type", "string", "minLength", 1),
                    "age", Map.of("type", "integer", "minimum", 0)));

    @Test
    void isJsonAcceptsOneValueAndRejectsTrailingText() throws Exception {
        Scorer scorer = create(new IsJsonScorer(), Map.of());
        assertThat(single(scorer, "{\"emoji\": \"👍🏽\", \"accent\": \"e\u0301\"}", Map.of()).passed()).isTrue();
        assertThat(single(scorer, "[1, 2]", Map.of()).passed()).isTrue();
        Score trailing = single(scorer, "{\"a\": 1} and more", Map.of());
        assertThat(trailing.passed()).isFalse();
        assertThat(trailing.reason().orElseThrow()).startsWith("output is not JSON").contains("line 1");
        assertThat(single(scorer, "", Map.of()).reason()).hasValue("output is not JSON: output is empty");
    }

    @Test
    void codeFencesAreOnlyStrippedWhenAsked() throws Exception {
        String fenced = "```json\n{\"a\": 1}\n```";
        assertThat(single(create(new IsJsonScorer(), Map.of()), fenced, Map.of()).passed()).isFalse();
        assertThat(single(create(new IsJsonScorer(), Map.of("stripCodeFence", true)), fenced, Map.of()).passed()).isTrue();
    }

    @Test
    void isJsonHandlesVeryLongDocuments() throws Exception {
        String big = "[" + "\"x\",".repeat(200_000) + "\"y\"]";
        assertThat(single(create(new IsJsonScorer(), Map.of()), big, Map.of()).passed()).isTrue();
    }

    @Test
    void jsonSchemaListsViolations() throws Exception {
        Scorer scorer = create(new JsonSchemaScorer(), Map.of("schema", PERSON));
        assertThat(single(scorer, "{\"name\": \"Zoë 👩‍🔬\", \"age\": 31}", Map.of()).passed()).isTrue();
        Score bad = single(scorer, "{\"name\": \"\", \"age\": -1}", Map.of());
        assertThat(bad.passed()).isFalse();
        assertThat(bad.reason().orElseThrow()).startsWith("2 schema violation(s)").contains("minimum", "name");
        assertThat(single(scorer, "not json", Map.of()).reason().orElseThrow()).startsWith("output is not JSON");
        assertThat(single(scorer, "", Map.of()).passed()).isFalse();
    }

    @Test
    void jsonSchemaReadsASchemaFileRelativeToTheSuite(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("answer.schema.json"), "{\"type\": \"array\", \"maxItems\": 2}");
        ScorerSetup setup = ScorerSetup.of(ScorerSpec.of("json-schema", Map.of("schemaFile", "answer.schema.json"),
                new SourcePosition("s.eval.yaml", 3)), Set.of()).inDirectory(dir);
        Scorer scorer = new JsonSchemaScorer().create(setup);
        assertThat(single(scorer, "[1]", Map.of()).passed()).isTrue();
        assertThat(single(scorer, "[1, 2, 3]", Map.of()).passed()).isFalse();
    }

    @Test
    void anInvalidSchemaFailsAtDiscoveryNamingTheOption() {
        assertThatThrownBy(() -> create(new JsonSchemaScorer(), Map.of("schema", Map.of("type", "strin"))))
                .hasMessageContaining("option 'schema' is not a valid JSON Schema");
        assertThatThrownBy(() -> create(new JsonSchemaScorer(), Map.of("schema", "{not json")))
                .hasMessageContaining("option 'schema' is not JSON");
        assertThatThrownBy(() -> create(new JsonSchemaScorer(), Map.of("schemaFile", "missing.json")))
                .hasMessageContaining("option 'schemaFile' cannot be read");
        assertThatThrownBy(() -> create(new JsonSchemaScorer(), Map.of()))
                .hasMessageContaining("exactly one of option 'schema'");
    }

    @Test
    void refsResolveAtDiscoveryFromTheSuitesFolderOnlyNeverTheNetworkOrOtherFiles(@TempDir Path root)
            throws Exception {
        Path suite = Files.createDirectories(root.resolve("suite"));
        Files.writeString(root.resolve("secret.json"), "{\"const\": \"top-secret-value\"}");
        Files.writeString(suite.resolve("name.schema.json"), "{\"type\": \"string\", \"minLength\": 2}");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/schemas/evil.json", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas/evil.json";
            // a sibling file in the suite's folder is fine, resolved now, and scoring reads no file
            Scorer local = new JsonSchemaScorer().create(setup(suite, Map.of("$ref", "name.schema.json")));
            assertThat(single(local, "\"ok\"", Map.of()).passed()).isTrue();
            assertThat(single(local, "\"x\"", Map.of()).passed()).isFalse();

            for (String ref : List.of(url, "../secret.json", root.resolve("secret.json").toUri().toString(),
                    "file:///etc/hostname")) {
                assertThatThrownBy(() -> new JsonSchemaScorer().create(setup(suite, Map.of("$ref", ref))))
                        .as(ref).hasMessageContaining("option 'schema'").hasMessageContaining("not allowed")
                        .hasMessageNotContaining("top-secret-value");
            }
            assertThat(fetched).hasValue(0);

            // the network only when the suite allows it, and then at discovery, not while scoring
            Map<String, Object> options = Map.of("schema", Map.of("$ref", url), "remoteRefs", true);
            Scorer remote = new JsonSchemaScorer().create(ScorerSetup.of(ScorerSpec.of("json-schema", options,
                    new SourcePosition("s.eval.yaml", 3)), Set.of()).inDirectory(suite));
            assertThat(fetched).hasValue(1);
            assertThat(single(remote, "\"any\"", Map.of()).passed()).isTrue();
            assertThat(single(remote, "1", Map.of()).passed()).isFalse();
            assertThat(fetched).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    private static ScorerSetup setup(Path suite, Map<String, Object> schema) {
        return ScorerSetup.of(ScorerSpec.of("json-schema", Map.of("schema", schema),
                new SourcePosition("s.eval.yaml", 3)), Set.of()).inDirectory(suite);
    }
}
