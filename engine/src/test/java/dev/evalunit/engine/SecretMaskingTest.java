package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.spi.ProviderContextDecorator;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * A provider that echoes the API key - in a successful answer and in an error - leaves it in no file the engine
 * writes (journals, summary, cache) and in nothing it reports or prints.
 */
class SecretMaskingTest {

    private static final String KEY = "sk-live-CANARY-7f3e9a1b2c";
    private static final String PATH = "/v1/chat/completions";

    @TempDir
    Path output;
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(PATH).withRequestBody(containing("Alice")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(WireFormats.openAi("Hello Alice, you called with " + KEY))));
        server.stubFor(post(PATH).withRequestBody(containing("Bob")).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":{\"message\":\"key " + KEY + " may not use test-model\"}}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anEchoedKeyIsMaskedInEveryArtifactAndInWhatTheRunReportsAndPrints() throws IOException {
        List<String> reported = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                    (ProviderContextDecorator) SecretMaskingTest::withKey);
            session.getLauncher().execute(request()
                    .selectors(selectClasspathResource("fixtures/secrets/echo.eval.yaml"))
                    .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                    .configurationParameter(Constants.RUN_ID, "echo")
                    .configurationParameter("evalunit.provider.openai-compatible.base-url", server.baseUrl() + "/v1")
                    .configurationParameter("evalunit.provider.openai-compatible.stream", "false")
                    .configurationParameter("evalunit.provider.openai-compatible.api-key-env", "TEAM_KEY")
                    .build(), recording(reported));
        } finally {
            System.setOut(originalOut);
        }

        Path run = output.resolve("echo/echo");
        assertThat(Files.readString(run.resolve("results.jsonl"))).contains("Hello Alice, you called with ****")
                .contains("key **** may not use test-model");
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).extracting(file -> output.relativize(file).toString().replace('\\', '/'))
                    .contains("echo/echo/results.jsonl", "echo/echo/cases.jsonl", "echo/echo/summary.json")
                    .anyMatch(name -> name.startsWith("cache/") && name.endsWith(".log"));
            for (Path file : written) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(KEY).doesNotContain("CANARY");
            }
        }
        assertThat(reported).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain("CANARY"));
        assertThat(reported).anyMatch(text -> text.contains("****"));
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("CANARY");
    }

    /** The provider's context with the key in its environment, as a CI secret would be. */
    private static ProviderContext withKey(ProviderContext context) {
        return new EnvironmentView(context, name -> name.equals("TEAM_KEY") ? Optional.of(KEY)
                : context.environment(name));
    }

    /** Every failure (with its stack trace) and report entry of the run, as text. */
    private static TestExecutionListener recording(List<String> reported) {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                result.getThrowable().ifPresent(thrown -> {
                    StringWriter trace = new StringWriter();
                    thrown.printStackTrace(new PrintWriter(trace));
                    reported.add(trace.toString());
                });
            }

            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                reported.add(entry.getKeyValuePairs().toString());
            }
        };
    }
}
