package dev.evalunit.engine.provider;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.engine.testing.MapProviderContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * One call through the {@code openai} provider in a JVM of its own, so the JVM's default TLS context is built from
 * the {@code javax.net.ssl.*} properties this JVM was started with: {@code TlsCallMain <base-url> <stream>}.
 * Prints {@code answer: <text>} or {@code failure: <message>}.
 */
public final class TlsCallMain {

    private TlsCallMain() {
    }

    public static void main(String[] args) {
        ModelRequest request = new ModelRequest(ModelRef.parse("openai:gpt-4o-mini"), List.of(Message.user("hi")),
                SamplingParams.DEFAULTS, 0);
        try {
            String text = new OpenAiProvider().create(new MapProviderContext("openai",
                            Map.of("base-url", args[0], "stream", args[1]), Map.of("OPENAI_API_KEY", "sk-test")))
                    .call(request).join().text();
            System.out.println("answer: " + text);
        } catch (CompletionException e) {
            System.out.println("failure: " + e.getCause().getMessage());
        }
        System.exit(0);
    }
}
