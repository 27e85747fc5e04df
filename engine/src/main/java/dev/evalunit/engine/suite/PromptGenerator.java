package dev.evalunit.engine.suite;

import dev.evalunit.api.run.ErrorKind;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Sends the variant's system prompt and its template filled from the case to the variant's model. */
@API(status = INTERNAL, since = "0.1")
public final class PromptGenerator implements Generator {

    private final PromptTemplate template;
    private final Optional<String> systemPrompt;

    public PromptGenerator(PromptTemplate template, Optional<String> systemPrompt) {
        this.template = Objects.requireNonNull(template, "template");
        this.systemPrompt = Objects.requireNonNull(systemPrompt, "systemPrompt");
    }

    public PromptTemplate template() {
        return template;
    }

    @Override
    public Generation start(Variant variant, Case testCase, int repeat, ModelClient client, Executor application) {
        List<Message> messages = new ArrayList<>(2);
        systemPrompt.ifPresent(text -> messages.add(Message.system(text)));
        messages.add(Message.user(template.render(testCase)));
        ModelRequest request = new ModelRequest(variant.model(), messages, variant.params(), repeat);
        CompletableFuture<ModelResponse> response;
        try {
            response = client.call(request);
        } catch (RuntimeException e) {
            // A client must fail its future, but one that throws still yields exactly one error sample.
            response = CompletableFuture.failedFuture(e instanceof ModelCallException ? e
                    : new ModelCallException(ErrorKind.CLIENT_ERROR, String.valueOf(e.getMessage()),
                    null, e));
        }
        return new Generation(request.fingerprint(), response);
    }
}
