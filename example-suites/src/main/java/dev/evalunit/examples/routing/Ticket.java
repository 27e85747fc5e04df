package dev.evalunit.examples.routing;

import java.util.Objects;

/**
 * A support ticket as the help desk receives it.
 *
 * @param subject the subject line
 * @param body    the customer's message
 */
public record Ticket(String subject, String body) {

    public Ticket {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
