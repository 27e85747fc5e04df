package dev.evalunit.engine.cache;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.provider.OpenAiProvider;
import dev.evalunit.engine.scheduler.ProviderLimits;
import dev.evalunit.engine.scheduler.RetryPolicy;
import dev.evalunit.engine.scheduler.Scheduler;
import dev.evalunit.engine.testing.MapProviderContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A run of {@code n} calls that {@link KillTest} starts in its own JVM and kills halfway. Prints
 * {@code DONE <i>} as each call finishes (its response is cached by then).
 */
public final class InterruptedRun {

    private InterruptedRun() {
    }

    static ModelRequest request(int i) {
        return new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("case-" + i)),
                SamplingParams.DEFAULTS, 0);
    }

    static Scheduler scheduler(String baseUrl, Path cacheDir) {
        ModelClient openAi = new OpenAiProvider().create(new MapProviderContext("openai",
                Map.of("base-url", baseUrl + "/v1", "stream", "false"), Map.of("OPENAI_API_KEY", "sk-test")));
        return new Scheduler(openAi, id -> ProviderLimits.ofConcurrency(2), RetryPolicy.DEFAULT,
                new ResponseCache(cacheDir, CacheMode.READ_WRITE));
    }

    /** Arguments: base URL, cache directory, number of calls. */
    public static void main(String[] args) {
        try (Scheduler scheduler = scheduler(args[0], Path.of(args[1]))) {
            CompletableFuture<?>[] calls = IntStream.range(0, Integer.parseInt(args[2]))
                    .mapToObj(i -> scheduler.call(request(i)).thenRun(() -> {
                        synchronized (System.out) {
                            System.out.println("DONE " + i);
                            System.out.flush();
                        }
                    }))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(calls).join();
        }
    }
}
