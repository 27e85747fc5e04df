package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.Message;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.testing.MapProviderContext;
import dev.langchain4j.model.chat.ChatModel;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The peer benchmark's transport layers ({@code bench/peer/run.sh}, {@code TOOLS="http langchain4j client"}): the
 * peer workload's calls (two prompts per case) made through one layer of an HTTP sample's path alone, on
 * {@code <concurrency>} threads, so the whole engine's cost per call can be set against the floor below it.
 * {@code TransportBench <layer> <base-url> <calls> <concurrency>}, layers:
 * <ul>
 *   <li>{@code http}: the chat-completions JSON posted with the providers' Apache client, the answer read as text;
 *   <li>{@code langchain4j}: langchain4j's OpenAI chat model over that client (request and response mapping);
 *   <li>{@code client}: the {@code openai-compatible} provider's model client, as the scheduler calls it.
 * </ul>
 */
public final class TransportBench {

    private TransportBench() {
    }

    public static void main(String[] args) throws Exception {
        String layer = args[0];
        String baseUrl = args[1];
        int calls = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        IntConsumer call = switch (layer) {
            case "http" -> http(baseUrl);
            case "langchain4j" -> langchain4j(baseUrl);
            case "client" -> client(baseUrl);
            default -> throw new IllegalArgumentException("layer must be http, langchain4j or client: " + layer);
        };
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = IntStream.range(0, concurrency).<Future<?>>mapToObj(i -> threads.submit(() -> {
            for (int n = next.getAndIncrement(); n < calls; n = next.getAndIncrement()) {
                call.accept(n);
            }
        })).toList();
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();
        System.out.printf("%s: %d calls, %.3f s%n", layer, calls, (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    /** The n-th call's request: case n / 2 under the short or the long prompt, as the peer suite sends them. */
    private static ModelRequest request(int n) {
        String question = "what is " + n / 2 + " + 1?";
        String prompt = n % 2 == 0 ? "Q: " + question : "Please answer this question: " + question;
        return new ModelRequest(ModelRef.parse("openai-compatible:bench"), List.of(Message.user(prompt)),
                SamplingParams.DEFAULTS, 0);
    }

    private static IntConsumer http(String baseUrl) {
        CloseableHttpClient client = ApacheHttp.client(Optional.empty(), Optional.empty());
        return n -> {
            HttpPost post = new HttpPost(baseUrl + "/chat/completions");
            String prompt = request(n).messages().get(0).text();
            post.setEntity(new StringEntity("{\"model\":\"bench\",\"messages\":[{\"role\":\"user\",\"content\":\""
                    + prompt + "\"}]}", ContentType.APPLICATION_JSON));
            try {
                String answer = client.execute(post, response -> EntityUtils.toString(response.getEntity()));
                if (answer.isEmpty()) {
                    throw new IllegalStateException("empty answer to call " + n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static IntConsumer langchain4j(String baseUrl) {
        ChatModel model = OpenAiModels.chat(settings(baseUrl), new RetryAfterHttpClientBuilder());
        return n -> model.chat(ChatRequests.from(request(n), false)).aiMessage().text().length();
    }

    private static IntConsumer client(String baseUrl) {
        var client = new OpenAiCompatibleProvider().create(context(baseUrl));
        return n -> client.call(request(n)).join().text().length();
    }

    private static ProviderSettings settings(String baseUrl) {
        return ProviderSettings.read(context(baseUrl), "OPENAI_COMPATIBLE_API_KEY", false, true);
    }

    private static MapProviderContext context(String baseUrl) {
        return new MapProviderContext(OpenAiCompatibleProvider.ID, Map.of("base-url", baseUrl, "stream", "false"),
                Map.of());
    }
}
