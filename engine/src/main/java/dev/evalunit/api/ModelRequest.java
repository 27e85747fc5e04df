package dev.evalunit.api;

import java.util.List;
import java.util.Objects;

/**
 * One call to a model. The repeat index is part of the request so that repeats are distinct samples
 * for the response cache while an unchanged re-run reuses them.
 *
 * @param model    which model
 * @param messages the full conversation, system message first when there is one
 * @param params   sampling parameters
 * @param repeat   0-based repeat index (generation repeat for variants, judge repeat for judges)
 */
public record ModelRequest(ModelRef model, List<Message> messages, SamplingParams params, int repeat) {

    public ModelRequest {
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        Objects.requireNonNull(params, "params");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must be >= 0, was " + repeat);
        }
    }
}
