package dev.evalunit.engine;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * A run killed halfway (SIGKILL, in its own JVM) and resumed with {@code evalunit.resume=latest} finishes in
 * place: the journal keeps every line the killed run wrote, gains exactly the missing samples, and the run ends
 * with its summary; nothing that had finished is called again and no temporary file is left.
 */
class ResumeTest {

    static final String SUITE = "fixtures/resume/resume.eval.yaml";
    static final String KILLED = "killed";
    private static final String PATH = "/v1/chat/completions";
    private static final int SAMPLES = 2 * 6 * 2;
    private static final int KILL_AFTER = 5;

    @TempDir
    Path output;
    private WireMockServer server;
    private final RunFiles files = new RunFiles();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withFixedDelay(150)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("Hello there"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The settings both runs share. */
    static Map<String, String> settings(String baseUrl, Path output) {
        return Map.of(Constants.OUTPUT_DIRECTORY, output.toString(),
                "evalunit.provider.openai-compatible.base-url", baseUrl + "/v1",
                "evalunit.provider.openai-compatible.stream", "false",
                "evalunit.provider.openai-compatible.max-concurrency", "2");
    }

    @Test
    void aKilledRunResumesInPlaceAndEndsComplete() throws Exception {
        Path run = output.resolve("resume").resolve(KILLED);
        killAfter(run.resolve(RunFiles.RESULTS));
        assertThat(run.resolve(RunFiles.SUMMARY)).doesNotExist();
        List<String> before = Files.readAllLines(run.resolve(RunFiles.RESULTS), StandardCharsets.UTF_8);
        assertThat(before.size()).as("killed halfway").isBetween(KILL_AFTER - 1, SAMPLES - 1);
        int complete = (int) before.stream().filter(line -> line.endsWith("}")).count();
        server.resetRequests();

        EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameters(settings(server.baseUrl(), output))
                .configurationParameter(Constants.RESUME, "latest")
                .configurationParameter(Constants.RUN_ID, "resumed")
                .selectors(selectClasspathResource(SUITE))
                .execute().testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));

        assertThat(output.resolve("resume").resolve("resumed")).as("continued in place").doesNotExist();
        List<String> after = Files.readAllLines(run.resolve(RunFiles.RESULTS), StandardCharsets.UTF_8);
        assertThat(after.subList(0, complete)).as("the killed run's lines, unchanged")
                .isEqualTo(before.subList(0, complete));
        List<SampleRecord> records;
        try (Stream<SampleRecord> read = files.readResults(run)) {
            records = read.toList();
        }
        assertThat(records).hasSize(SAMPLES).allSatisfy(record -> assertThat(record.runId()).isEqualTo(KILLED));
        assertThat(records.stream().map(r -> r.variantId() + "/" + r.caseId() + "/" + r.repeat()).distinct())
                .as("every sample exactly once").hasSize(SAMPLES);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH))).size())
                .as("no journaled sample is called again").isLessThanOrEqualTo(SAMPLES - complete);
        try (Stream<CaseRecord> cases = files.readCases(run)) {
            assertThat(cases.map(CaseRecord::caseId)).containsExactlyInAnyOrder("c1", "c2", "c3", "c4", "c5", "c6");
        }
        assertThat(files.readSummary(run).variants()).allSatisfy(variant -> {
            assertThat(variant.samples()).isEqualTo(SAMPLES / 2);
            assertThat(variant.casesPassed()).isEqualTo(6);
        });
        assertThat(files.latest(output.resolve("resume"))).contains(run);
        try (Stream<Path> left = Files.walk(output)) {
            assertThat(left.filter(Files::isRegularFile).map(Path::toString))
                    .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".lease"));
        }
    }

    /** Runs the suite in its own JVM and kills it (no shutdown hooks) once the journal holds some samples. */
    private void killAfter(Path journal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath,
                KilledRun.class.getName(), server.baseUrl(),
                output.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long lines = 0;
            for (int wait = 0; wait < 1200 && lines < KILL_AFTER && child.isAlive(); wait++) {
                Thread.sleep(50);
                lines = Files.exists(journal) ? lineCount(journal) : 0;
            }
            assertThat(child.isAlive()).as("still running when killed").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static long lineCount(Path journal) throws IOException {
        try (Stream<String> lines = Files.lines(journal)) {
            return lines.count();
        }
    }
}
