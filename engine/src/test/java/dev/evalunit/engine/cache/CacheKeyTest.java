package dev.evalunit.engine.cache;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.provider.OpenAiProvider;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.scheduler.RetryPolicy;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.testing.MapProviderContext;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache key covers everything that can change an answer, entries that do not match their digest are
 * fetched again, and runs sharing a directory fetch each answer once; through the real OpenAI provider.
 */
class CacheKeyTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String KEY_A = "sk-account-a-0123456789";

    private WireMockServer server;
    private WireMockServer otherEndpoint;
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = started("from the first endpoint");
        otherEndpoint = started("from the second endpoint");
    }

    private static WireMockServer started(String answer) {
        WireMockServer stub = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        stub.start();
        stub.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withFixedDelay(100)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi(answer))));
        return stub;
    }

    @AfterEach
    void stop() {
        server.stop();
        otherEndpoint.stop();
    }

    private static ModelRequest request(int i) {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("case-" + i)),
                SamplingParams.DEFAULTS, 0);
    }

    private Scheduler scheduler(WireMockServer endpoint, String apiKey, Map<String, String> extraSettings) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("base-url", endpoint.baseUrl() + "/v1",
                "stream", "false"));
        settings.putAll(extraSettings);
        MapProviderContext context = new MapProviderContext("openai", settings, Map.of("OPENAI_API_KEY", apiKey));
        OpenAiProvider provider = new OpenAiProvider();
        return new Scheduler(provider.create(context), id -> ProviderLimits.ofConcurrency(8), RetryPolicy.DEFAULT,
                new ResponseCache(dir, CacheMode.READ_WRITE), id -> java.util.Optional.empty(),
                id -> provider.identity(context));
    }

    private static List<ModelResponse> runAll(Scheduler scheduler, int calls) {
        List<CompletableFuture<ModelResponse>> answers = IntStream.range(0, calls)
                .mapToObj(i -> scheduler.call(request(i))).toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static int requests(WireMockServer endpoint) {
        return endpoint.findAll(postRequestedFor(urlEqualTo(PATH))).size();
    }

    @Test
    void everyPartOfTheRequestAndTheProviderIdentityChangesTheKey() {
        ResponseCache cache = new ResponseCache(dir, CacheMode.READ_WRITE);
        Map<String, String> identity = Map.of("base-url", "https://api.openai.com/v1", "account", "key-sha256:aa");
        ModelRequest base = request(0);
        List<CacheKey> keys = Stream.of(
                cache.key(base, identity),
                cache.key(base, Map.of("base-url", "http://localhost:8000/v1", "account", "key-sha256:aa")),
                cache.key(base, Map.of("base-url", "https://api.openai.com/v1", "account", "key-sha256:bb")),
                cache.key(base, Map.of()),
                cache.key(new ModelRequest(ModelRef.parse("openai:gpt-4o"), base.messages(), base.params(), 0), identity),
                cache.key(new ModelRequest(ModelRef.parse("anthropic:gpt-4o-mini"), base.messages(), base.params(), 0),
                        identity),
                cache.key(new ModelRequest(base.model(), base.messages(), base.params().withTemperature(0.2), 0), identity),
                cache.key(new ModelRequest(base.model(), base.messages(), base.params().withTopP(0.9), 0), identity),
                cache.key(new ModelRequest(base.model(), base.messages(), base.params().withMaxTokens(10), 0), identity),
                cache.key(new ModelRequest(base.model(), base.messages(), new SamplingParams(OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalInt.empty(), Map.of("seed", 7)), 0), identity),
                cache.key(new ModelRequest(base.model(), List.of(Message.system("be brief"), Message.user("case-0")),
                        base.params(), 0), identity),
                cache.key(new ModelRequest(base.model(), base.messages(), base.params(), 1), identity),
                cache.key(base.withKeyPart("judged", "sample-1"), identity),
                cache.key(base.withKeyPart("judged", "sample-2"), identity),
                new ResponseCache(dir.resolve("elsewhere"), CacheMode.READ_WRITE).key(base, identity)).toList();

        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        assertThat(cache.key(request(0), Map.of("account", "key-sha256:aa", "base-url", "https://api.openai.com/v1")))
                .as("same request, same identity, same directory").isEqualTo(keys.get(0));
        assertThat(new ResponseCache(dir, CacheMode.READ_WRITE).key(base, identity))
                .as("the salt is the directory's, read again by the next run").isEqualTo(keys.get(0));
    }

    @Test
    void anotherEndpointOrAnotherAccountIsAMissAndTheKeyNeverReachesDisk() throws Exception {
        try (Scheduler first = scheduler(server, KEY_A, Map.of())) {
            assertThat(runAll(first, 5)).allMatch(answer -> !answer.cacheHit());
        }
        try (Scheduler again = scheduler(server, KEY_A, Map.of())) {
            assertThat(runAll(again, 5)).allMatch(ModelResponse::cacheHit);
        }
        try (Scheduler moved = scheduler(otherEndpoint, KEY_A, Map.of())) {
            assertThat(runAll(moved, 5)).allMatch(answer -> answer.text().equals("from the second endpoint"));
        }
        assertThat(requests(otherEndpoint)).isEqualTo(5);
        try (Scheduler otherAccount = scheduler(server, "sk-account-b-9876543210", Map.of())) {
            assertThat(runAll(otherAccount, 5)).noneMatch(ModelResponse::cacheHit);
        }
        assertThat(requests(server)).isEqualTo(10);
        // a named account shares answers across keys of that account
        try (Scheduler named = scheduler(server, KEY_A, Map.of("account", "team-a"))) {
            runAll(named, 5);
        }
        try (Scheduler rotated = scheduler(server, "sk-account-a-rotated-555", Map.of("account", "team-a"))) {
            assertThat(runAll(rotated, 5)).allMatch(ModelResponse::cacheHit);
        }
        assertThat(requests(server)).isEqualTo(15);
        String keyDigest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(KEY_A.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.toString()).doesNotContain(keyDigest);
                assertThat(Files.readString(file)).doesNotContain(KEY_A).doesNotContain(keyDigest);
            }
        }
    }

    @Test
    void anEditedEntryIsFetchedAgainAndReplaced() throws IOException {
        try (Scheduler first = scheduler(server, KEY_A, Map.of())) {
            runAll(first, 1);
        }
        Path entry;
        try (Stream<Path> files = Files.walk(dir)) {
            entry = files.filter(file -> file.toString().endsWith(".log")).findFirst().orElseThrow();
        }
        Files.writeString(entry, Files.readString(entry).replace("from the first endpoint", "POISONED ANSWER"));

        try (Scheduler again = scheduler(server, KEY_A, Map.of())) {
            ModelResponse answer = runAll(again, 1).get(0);
            assertThat(answer.text()).isEqualTo("from the first endpoint");
            assertThat(answer.cacheHit()).isFalse();
        }
        assertThat(requests(server)).isEqualTo(2);
        try (Scheduler later = scheduler(server, KEY_A, Map.of())) {
            ModelResponse answer = runAll(later, 1).get(0);
            assertThat(answer.cacheHit()).as("the fresh record replaced the edited one").isTrue();
            assertThat(answer.text()).isEqualTo("from the first endpoint");
        }
        assertThat(requests(server)).isEqualTo(2);
    }

    @Test
    void twoRunsSharingTheDirectoryCallEachRequestOnce() throws IOException {
        int calls = 40;
        try (Scheduler runA = scheduler(server, KEY_A, Map.of());
             Scheduler runB = scheduler(server, KEY_A, Map.of())) {
            List<CompletableFuture<ModelResponse>> both = IntStream.range(0, calls)
                    .mapToObj(i -> Stream.of(runA.call(request(i)), runB.call(request(i))))
                    .flatMap(s -> s).toList();
            assertThat(both.stream().map(CompletableFuture::join))
                    .allMatch(answer -> answer.text().equals("from the first endpoint"));
        }
        assertThat(requests(server)).isEqualTo(calls);
        try (Stream<Path> files = Files.list(dir.resolve(".work"))) {
            assertThat(files).as("no claim files, only the file the claims lock").containsExactly(
                    dir.resolve(".work").resolve(CacheClaims.FILE));
        }
    }

    @Test
    void aKilledRunsTemporaryFilesAreSweptAtTheNextStart() throws Exception {
        Path work = Files.createDirectories(dir.resolve(".work"));
        CacheKey key = new ResponseCache(dir, CacheMode.READ_WRITE).key(request(0), Map.of());
        Path orphan = Files.writeString(work.resolve(key.value() + ".123.tmp"), "{\"half");
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(CacheClaims.ORPHAN_AGE.multipliedBy(2))));
        Path fresh = Files.writeString(work.resolve("someone-writing-now.tmp"), "{");

        try (Scheduler next = new Scheduler(request -> CompletableFuture.completedFuture(ModelResponse.of("fresh",
                java.time.Duration.ofMillis(1))), id -> ProviderLimits.ofConcurrency(1), RetryPolicy.DEFAULT,
                new ResponseCache(dir, CacheMode.READ_WRITE))) {
            assertThat(next.call(request(0)).join().text()).isEqualTo("fresh");
        }
        Set<Path> left;
        try (Stream<Path> files = Files.list(work)) {
            left = Set.copyOf(files.toList());
        }
        assertThat(left).containsExactlyInAnyOrder(fresh, work.resolve(CacheClaims.FILE));
    }

    @Test
    void aClaimHeldByAnotherCacheIsHeldUntilReleased() {
        ResponseCache runA = new ResponseCache(dir, CacheMode.READ_WRITE);
        ResponseCache runB = new ResponseCache(dir, CacheMode.READ_WRITE);
        CacheKey key = runA.key(request(0), Map.of());

        CacheClaim claim = runA.claim(key).orElseThrow();
        assertThat(runB.claim(key)).isEmpty();
        assertThat(runA.claim(key)).as("one fetch per key in this cache too").isEmpty();
        claim.close();
        try (CacheClaim taken = runB.claim(key).orElseThrow()) {
            assertThat(taken).isNotSameAs(CacheClaim.NONE);
        }
    }
}
