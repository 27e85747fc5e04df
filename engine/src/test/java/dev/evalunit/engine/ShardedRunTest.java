package dev.evalunit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.GateResult;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.engine.shard.ShardManifest;
import dev.evalunit.engine.testing.WireFormats;
import dev.evalunit.stats.TreatmentVerdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A suite run whole, then in 4 shards (each in its own JVM, sharing the response cache) that are merged: the
 * merged run's decision, intervals, gates and winner are the whole run's. A merge refuses missing, duplicate and
 * foreign-version shards with a message naming them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardedRunTest {

    static final String SUITE = "fixtures/shards/shards.eval.yaml";
    private static final String PATH = "/v1/chat/completions";
    private static final int SHARDS = 4;
    private static final int CASES = 20;

    private Path temp;
    private Path cache;
    private Path shardOutput;
    private RunSummary whole;
    private RunSummary merged;
    private int shardCalls;
    private String mergeOutput;
    private WireMockServer server;
    private final RunFiles files = new RunFiles();

    /** The settings every run shares: the echoing stub endpoint and one response cache. */
    static Map<String, String> settings(String baseUrl, Path output, Path cache) {
        return Map.of(Constants.OUTPUT_DIRECTORY, output.toString(),
                Constants.CACHE_DIRECTORY, cache.toString(),
                Constants.COMPARE_CONSOLE, "false",
                Constants.PROGRESS_INTERVAL, "off",
                "evalunit.provider.openai-compatible.base-url", baseUrl + "/v1",
                "evalunit.provider.openai-compatible.stream", "false",
                "evalunit.provider.openai-compatible.max-concurrency", "4");
    }

    @BeforeAll
    void runWholeShardedAndMerged(@TempDir Path directory) throws Exception {
        temp = directory;
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().globalTemplating(true));
        server.start();
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(WireFormats.openAi("{{jsonPath request.body '$.messages[0].content'}}"))));
        cache = temp.resolve("cache");
        Path wholeOutput = temp.resolve("whole");
        EngineTestKit.engine(Constants.ENGINE_ID).configurationParameters(settings(server.baseUrl(), wholeOutput, cache))
                .selectors(selectClasspathResource(SUITE)).execute();
        whole = files.readSummary(files.latest(wholeOutput.resolve("shards")).orElseThrow());

        server.resetRequests();
        shardOutput = temp.resolve("shards");
        List<Process> shards = new ArrayList<>();
        for (int i = 1; i <= SHARDS; i++) {
            shards.add(fork(i + "/" + SHARDS));
        }
        for (Process shard : shards) {
            assertThat(shard.waitFor(120, TimeUnit.SECONDS)).as("shard finished").isTrue();
        }
        shardCalls = server.findAll(postRequestedFor(urlEqualTo(PATH))).size();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = MergeShards.run(List.of("--output", temp.resolve("merged").toString(), "--run-id", "merged",
                "-D" + Constants.CACHE_DIRECTORY + "=" + cache, shardOutput.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        mergeOutput = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(mergeOutput).isZero();
        merged = files.readSummary(temp.resolve("merged").resolve("shards").resolve("merged"));
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private Process fork(String shard) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, ShardRunMain.class.getName(),
                server.baseUrl(), shardOutput.toString(), cache.toString(), shard)
                .redirectErrorStream(true).redirectOutput(temp.resolve("shard-" + shard.charAt(0) + ".log").toFile())
                .start();
    }

    @Test
    void eachShardRunsItsShareOfTheCasesFromTheSharedCache() throws IOException {
        assertThat(shardCalls).as("every call was in the shared cache").isZero();
        List<String> caseIds = new ArrayList<>();
        for (int shard = 1; shard <= SHARDS; shard++) {
            int i = shard;
            Path run = shardOutput.resolve("shards").resolve("shard-" + i + "-" + SHARDS);
            ShardManifest manifest = ShardManifest.read(run);
            assertThat(manifest.index()).isEqualTo(i);
            assertThat(manifest.caseIds()).as("balanced").hasSize(CASES / SHARDS);
            RunSummary summary = files.readSummary(run);
            assertThat(summary.partial()).hasValueSatisfying(reason -> assertThat(reason).startsWith("shard " + i + "/4"));
            assertThat(summary.comparison()).isEmpty();
            assertThat(summary.variants()).allSatisfy(variant -> assertThat(variant.cases().stream()
                    .map(CaseSummary::caseId)).containsExactlyElementsOf(manifest.caseIds()));
            caseIds.addAll(manifest.caseIds());
        }
        assertThat(caseIds).as("every case in exactly one shard").doesNotHaveDuplicates().hasSize(CASES);
        assertThat(files.latest(shardOutput.resolve("shards"))).as("a shard is not a full run").isEmpty();
    }

    @Test
    void theMergedRunDecidesAsTheWholeRun() throws IOException {
        assertThat(merged.partial()).isEmpty();
        Decision decision = merged.comparison().orElseThrow().decisions().get(0);
        assertThat(decision.outcome()).isEqualTo(TreatmentVerdict.SHIP_TREATMENT);
        assertThat(decision.cases()).isEqualTo(CASES);
        assertThat(decision.reason()).as("the variants differ in the prompt only").doesNotContain("at once");
        assertThat(merged.comparison()).as("decisions, intervals, p-values and winner").isEqualTo(whole.comparison());
        assertThat(merged.gates()).extracting(GateResult::status).containsOnly(GateResult.Status.PASSED);
        assertThat(merged.gates()).isEqualTo(whole.gates());
        assertThat(merged.variants()).hasSize(2).allSatisfy(variant -> assertThat(variant.samples()).isEqualTo(CASES * 2));
        for (int v = 0; v < 2; v++) {
            assertThat(merged.variants().get(v).cases()).extracting(CaseSummary::caseId, CaseSummary::passed)
                    .isEqualTo(whole.variants().get(v).cases().stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                            c.caseId(), c.passed())).toList());
        }
        assertThat(winner(temp.resolve("merged"), "merged")).isEqualTo(winner(temp.resolve("whole"), whole.runId()));
        assertThat(files.latest(temp.resolve("merged").resolve("shards")))
                .contains(temp.resolve("merged").resolve("shards").resolve("merged"));
        assertThat(mergeOutput).contains("4 shards of suite 'shards'", "polite SHIP_TREATMENT", "gates passed");
    }

    /** {@code winner.json} without what names the run or its time. */
    private static JsonNode winner(Path output, String runId) throws IOException {
        ObjectNode winner = (ObjectNode) new ObjectMapper().readTree(
                output.resolve("shards").resolve(runId).resolve("winner.json").toFile());
        assertThat(winner.path("runId").asText()).isEqualTo(runId);
        winner.remove(List.of("runId", "exportedAt", "createdAt", "timestamp"));
        return winner;
    }

    @Test
    void aMergeRefusesAMissingShard() throws IOException {
        Path root = copyShards("missing", 1, 2, 4);
        assertRefused(root, "shard 3/4 is missing");
    }

    @Test
    void aMergeRefusesADuplicateShard() throws IOException {
        Path root = copyShards("duplicate", 1, 2, 3, 4);
        copy(shardOutput.resolve("shards").resolve("shard-2-4"), root.resolve("again"));
        assertRefused(root, "shard 2/4 twice");
    }

    @Test
    void aMergeRefusesShardsOfDifferentSuiteVersions() throws IOException {
        Path root = copyShards("versions", 1, 2, 3, 4);
        Path manifest = root.resolve("shard-3-4").resolve(ShardManifest.FILE);
        ShardManifest read = ShardManifest.read(manifest.getParent());
        new ShardManifest(read.suiteId(), read.suiteKey(), "0".repeat(64), read.index(), read.count(), read.runId(),
                read.caseIds()).write(manifest.getParent());
        assertRefused(root, "2 different suite versions");
    }

    @Test
    void aMergeRefusesShardsOfAnotherVersionThanTheSuiteNow() throws IOException {
        Path root = copyShards("outdated", 1, 2, 3, 4);
        for (int i = 1; i <= SHARDS; i++) {
            Path run = root.resolve("shard-" + i + "-4");
            ShardManifest read = ShardManifest.read(run);
            new ShardManifest(read.suiteId(), read.suiteKey(), "f".repeat(64), read.index(), read.count(),
                    read.runId(), read.caseIds()).write(run);
        }
        assertRefused(root, "the shards of suite 'shards' ran suite version ffffffffffff but the suite is now version");
    }

    private void assertRefused(Path root, String message) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path output = temp.resolve("refused-" + root.getFileName());
        int status = MergeShards.run(List.of("--output", output.toString(), root.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("evalunit merge: ", message);
        if (!Files.exists(output)) {
            return;
        }
        try (Stream<Path> left = Files.walk(output)) {
            assertThat(left.filter(f -> f.getFileName().toString().equals(RunFiles.RESULTS)))
                    .as("no merged run is left for a resume to take").isEmpty();
        }
    }

    private Path copyShards(String name, int... indexes) throws IOException {
        Path root = temp.resolve(name);
        for (int i : indexes) {
            copy(shardOutput.resolve("shards").resolve("shard-" + i + "-4"), root.resolve("shard-" + i + "-4"));
        }
        return root;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
