package dev.evalunit.api.spi;

import java.util.Objects;

/**
 * One chat message sent to a model.
 *
 * @param role who speaks
 * @param text what is said
 */
public record Message(Role role, String text) {

    /** The speaker of a chat message. */
    public enum Role { SYSTEM, USER, ASSISTANT }

    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static Message system(String text) {
        return new Message(Role.SYSTEM, text);
    }

    public static Message user(String text) {
        return new Message(Role.USER, text);
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, text);
    }
}
