package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.evalunit.engine.progress.ProgressPrinter;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * A suite against a local endpoint with latency prints its progress line at the configured interval, one
 * whole line each time on an output that is not a terminal, and publishes it on the suite node.
 */
class ProgressLineTest {

    private static final String PATH = "/v1/chat/completions";
    /** One progress line, as printed: done/planned, the counts, the estimate and the cost. */
    private static final Pattern LINE = Pattern.compile("evalunit progress: (\\d+)/12 calls \\((\\d+)%\\), "
            + "(\\d+) scored, \\d+ errors?, (\\d+) retr(?:y|ies), \\d+ in flight, \\d+\\.\\d req/s, "
            + "\\d+:\\d\\d elapsed, "
            + "(~\\d+:\\d\\d left|time left unknown), (\\d+) tokens, \\$(\\S+) spent(?: \\(.*\\))?(; .*)?");

    @TempDir
    Path output;
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        // the first call is told to wait a second (a rate limit pauses the provider); then every answer takes 150 ms
        server.stubFor(post(PATH).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        server.stubFor(post(PATH).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay(150).withBody(WireFormats.openAi("Hello there"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void printsWholeProgressLinesWithCountsAnEstimateAndTheRateLimitNotice() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = System.out;
        EngineExecutionResults results;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            results = EvalUnitKit.engine(output, selectClasspathResource("fixtures/progress/progress.eval.yaml"))
                    .configurationParameter("evalunit.provider.openai-compatible.base-url", server.baseUrl() + "/v1")
                    .configurationParameter("evalunit.provider.openai-compatible.stream", "false")
                    .configurationParameter("evalunit.provider.openai-compatible.max-concurrency", "1")
                    .configurationParameter("evalunit.provider.openai-compatible.price.test-model.input", "2.5")
                    .configurationParameter("evalunit.provider.openai-compatible.price.test-model.output", "10")
                    .configurationParameter(Constants.CACHE_MODE, "off")
                    .configurationParameter(Constants.PROGRESS_INTERVAL, "200ms")
                    .configurationParameter(Constants.MAX_COST, "1.50")
                    .execute();
        } finally {
            System.setOut(console);
        }
        results.testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(printed).as("no cursor tricks: no carriage return, no escape sequence")
                .doesNotContain("\r", "\u001b");
        List<String> lines = Arrays.stream(printed.split("\n")).filter(l -> l.startsWith("evalunit progress: "))
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3).allSatisfy(line -> assertThat(line).matches(LINE));
        List<Matcher> parsed = lines.stream().map(LINE::matcher).peek(Matcher::matches).toList();
        int previous = 0;
        for (Matcher line : parsed) {
            int done = Integer.parseInt(line.group(1));
            assertThat(done).as("calls done never go back").isGreaterThanOrEqualTo(previous);
            assertThat(Integer.parseInt(line.group(3))).as("scored <= done").isLessThanOrEqualTo(done);
            previous = done;
        }
        assertThat(parsed).as("a line with an estimate of the time left")
                .anySatisfy(line -> assertThat(line.group(5)).startsWith("~"));
        assertThat(lines).as("the rate limit is named with its provider and since when").anySatisfy(line ->
                assertThat(line).containsPattern(
                        "; openai-compatible rate-limited since \\d\\d:\\d\\d:\\d\\d UTC \\("));
        Matcher last = parsed.get(parsed.size() - 1);
        assertThat(last.group(1)).as("the last line, printed at the end, has every call").isEqualTo("12");
        assertThat(last.group(2)).isEqualTo("100");
        assertThat(last.group(4)).as("the 429 was retried").isEqualTo("1");
        assertThat(last.group(6)).as("12 answers of 17 tokens").isEqualTo("204");
        // 12 × (12 × 2.5 + 5 × 10) / 1e6 = $0.00096
        assertThat(last.group(7)).isEqualTo("0.000960");
        assertThat(lines.get(lines.size() - 1)).contains("budget $1.50");

        List<String> entries = results.allEvents().reportingEntryPublished().stream()
                .map(ProgressLineTest::progressEntry).flatMap(Optional::stream).toList();
        assertThat(entries).as("the same lines as report entries of the suite node").hasSize(lines.size())
                .allSatisfy(entry -> assertThat("evalunit progress: " + entry).matches(LINE));
    }

    private static Optional<String> progressEntry(Event event) {
        ReportEntry entry = event.getPayload(ReportEntry.class).orElseThrow();
        return event.getTestDescriptor().getUniqueId().getLastSegment().getType().equals(SuiteDescriptor.SEGMENT)
                ? Optional.ofNullable(entry.getKeyValuePairs().get(ProgressPrinter.ENTRY_KEY)) : Optional.empty();
    }
}
