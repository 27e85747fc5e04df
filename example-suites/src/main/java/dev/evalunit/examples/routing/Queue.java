package dev.evalunit.examples.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The support queues a ticket can be routed to. */
public enum Queue {
    PAYMENTS("payments", "invoices, charges, refunds, prices, plans and payment methods"),
    TECH_SUPPORT("tech-support", "errors, crashes, slow pages, integrations, imports, exports and the API"),
    ACCOUNT_ACCESS("account-access", "sign-in, passwords, two-factor authentication, members, owners and permissions"),
    GENERAL("general", "everything else: feedback, partnerships, press, events and jobs");

    private final String id;
    private final String covers;

    Queue(String id, String covers) {
        this.id = id;
        this.covers = covers;
    }

    /** The queue's name in the help desk, e.g. {@code tech-support}. */
    public String id() {
        return id;
    }

    /** What the queue handles, for the routing prompt. */
    public String covers() {
        return covers;
    }

    /**
     * The queue a model's reply names: the earliest queue id in the reply, ignoring case, so "Queue: payments." and
     * "payments" both route to payments. Empty when the reply names none.
     */
    public static Optional<Queue> named(String reply) {
        String text = reply.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(queue -> text.contains(queue.id))
                .min(Comparator.comparingInt(queue -> text.indexOf(queue.id)));
    }
}
