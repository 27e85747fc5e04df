package dev.evalunit.examples.routing;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

import java.util.Objects;

/**
 * Routes incoming support tickets to a help-desk queue by asking a chat model - the kind of application service a
 * team ships, and that the {@code ticket-routing} example suite evaluates as it is, prompt, parsing and fallback
 * included. Any langchain4j {@link ChatModel} works: OpenAI, Anthropic, Ollama, or the evaluation engine's client.
 */
public final class TicketRouter {

    private final ChatModel model;
    private final RoutingPrompt prompt;

    /**
     * @param model  the chat model to ask
     * @param prompt which prompt version to use
     */
    public TicketRouter(ChatModel model, RoutingPrompt prompt) {
        this.model = Objects.requireNonNull(model, "model");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
    }

    /**
     * Routes one ticket. A reply that names no queue sends the ticket to {@link Queue#GENERAL} for a person to
     * triage, marked as a fallback.
     */
    public Route route(Ticket ticket) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.instructions()), UserMessage.from(prompt.ticket(ticket)))
                .temperature(0.0).maxOutputTokens(10).build();
        String reply = model.chat(request).aiMessage().text();
        String text = reply == null ? "" : reply;
        return Queue.named(text).map(queue -> new Route(queue, false, text))
                .orElseGet(() -> new Route(Queue.GENERAL, true, text));
    }
}
