package dev.evalunit.examples.routing;

import java.util.Objects;

/**
 * Where a ticket goes and why.
 *
 * @param queue    the queue
 * @param fallback whether the model's reply named no queue, so the ticket went to {@link Queue#GENERAL} for triage
 * @param reply    the model's reply, for the audit log
 */
public record Route(Queue queue, boolean fallback, String reply) {

    public Route {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(reply, "reply");
    }
}
