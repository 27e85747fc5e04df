package dev.evalunit.engine.cache;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** A run killed halfway (SIGKILL, no shutdown hooks) and started again calls nothing it had finished. */
class KillTest {

    private static final int CALLS = 16;
    private static final String PATH = "/v1/chat/completions";

    private WireMockServer server;
    @TempDir
    Path cacheDir;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withFixedDelay(250)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("ok"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void restartedRunMakesNoCallForFinishedSamples() throws Exception {
        Set<Integer> finished = runAndKillAfter(CALLS / 2);
        int firstRunRequests = server.findAll(postRequestedFor(urlEqualTo(PATH))).size();
        assertThat(finished).hasSizeGreaterThanOrEqualTo(CALLS / 2);
        assertThat(firstRunRequests).as("killed before the end").isLessThan(CALLS);
        // calls may also have finished between our last read and the kill: the cache knows them all
        ResponseCache cache = new ResponseCache(cacheDir, CacheMode.READ_WRITE);
        Set<Integer> cached = IntStream.range(0, CALLS).filter(i -> cache.lookup(InterruptedRun.request(i)).isPresent())
                .boxed().collect(Collectors.toSet());
        assertThat(cached).containsAll(finished).hasSizeLessThan(CALLS);
        server.resetRequests();

        try (Scheduler scheduler = InterruptedRun.scheduler(server.baseUrl(), cacheDir)) {
            List<CompletableFuture<ModelResponse>> rerun = IntStream.range(0, CALLS)
                    .mapToObj(i -> scheduler.call(InterruptedRun.request(i))).toList();
            CompletableFuture.allOf(rerun.toArray(CompletableFuture[]::new)).join();

            for (int i = 0; i < CALLS; i++) {
                assertThat(rerun.get(i).join().cacheHit()).as("case-" + i + " from the cache").isEqualTo(cached.contains(i));
            }
        }
        List<LoggedRequest> secondRun = server.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(secondRun).hasSize(CALLS - cached.size());
        assertThat(secondRun).noneMatch(request -> cached.stream()
                .anyMatch(i -> request.getBodyAsString().contains("\"case-" + i + "\"")));
    }

    /** Starts {@link InterruptedRun} in its own JVM and kills it once {@code n} calls have finished. */
    private Set<Integer> runAndKillAfter(int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process run = new ProcessBuilder(java, "-cp", classpath, InterruptedRun.class.getName(),
                server.baseUrl(), cacheDir.toString(), Integer.toString(CALLS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Integer> finished = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (finished.size() < n && (line = out.readLine()) != null) {
                if (line.startsWith("DONE ")) {
                    finished.add(Integer.parseInt(line.substring(5)));
                }
            }
            run.destroyForcibly();
            assertThat(run.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        return finished;
    }
}
