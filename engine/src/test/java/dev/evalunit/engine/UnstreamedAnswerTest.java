package dev.evalunit.engine;

import dev.evalunit.api.run.ErrorKind;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** A server that ignores {@code stream} and answers with a plain completion still yields scored samples. */
class UnstreamedAnswerTest {

    private static final String PATH = "/v1/chat/completions";

    @TempDir
    Path output;
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void run() {
        EvalUnitKit.engine(output, selectClasspathResource("fixtures/remote/remote.eval.yaml"))
                .configurationParameter("evalunit.provider.openai-compatible.base-url", server.baseUrl() + "/v1")
                .configurationParameter("evalunit.provider.openai-compatible.max-attempts", "1")
                .configurationParameter("evalunit.cache.mode", "off")
                .execute();
    }

    private List<SampleRecord> records() throws IOException {
        try (Stream<SampleRecord> records = new RunFiles().readResults(output.resolve("remote").resolve("test-run"))) {
            return records.toList();
        }
    }

    @Test
    void aPlainJsonCompletionToAStreamedRequestIsUsedWithoutTimeToFirstToken() throws IOException {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello there"))));

        run();

        List<SampleRecord> records = records();
        assertThat(records).hasSize(4).allSatisfy(record -> {
            assertThat(record.error()).isEmpty();
            assertThat(record.output()).contains("Hello there");
            assertThat(record.passed()).isTrue();
            assertThat(record.timeToFirstTokenMs()).isEmpty();
            assertThat(record.inputTokens()).hasValue(12);
        });
        // each streamed request answered in plain JSON is asked once more without streaming, and only until
        // the provider knows its server does not stream
        int requests = server.findAll(postRequestedFor(urlEqualTo(PATH))).size();
        assertThat(requests).isBetween(5, 8);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .filter(request -> request.getBodyAsString().replace(" ", "").contains("\"stream\":false")))
                .hasSize(4);
    }

    @Test
    void aStreamedAnswerWithNoEventSaysWhatTheServerSent() throws IOException {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Gateway login</body></html>")));

        run();

        assertThat(records()).hasSize(4).allSatisfy(record -> {
            assertThat(record.error()).isPresent();
            assertThat(record.error().get().kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
            assertThat(record.error().get().message())
                    .contains("HTTP 200", "Content-Type text/html", "<html><body>Gateway login</body></html>");
        });
    }
}
