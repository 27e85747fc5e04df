package dev.evalunit.examples.routing;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The two prompts the routing service has shipped: queue names only, and queue descriptions with examples. */
public enum RoutingPrompt {

    /** The first version: the queue names and nothing else. */
    NAMES_ONLY {
        @Override
        String instructions() {
            return "Route the support ticket to one queue.\nQueues: " + Arrays.stream(Queue.values())
                    .map(Queue::id).collect(Collectors.joining(", ")) + "\nReply with the queue name only.";
        }
    },

    /** The second version: what each queue covers, and two routed examples. */
    DESCRIBED_WITH_EXAMPLES {
        @Override
        String instructions() {
            return NAMES_ONLY.instructions() + "\n\nWhat each queue handles:\n" + Arrays.stream(Queue.values())
                    .map(queue -> "- " + queue.id() + " handles " + queue.covers()).collect(Collectors.joining("\n"))
                    + "\n\nTicket: Invoice shows the wrong company name, please correct it.\nQueue: payments\n\n"
                    + "Ticket: The board view freezes when I drag a card to another column.\nQueue: tech-support";
        }
    };

    /** The system message. */
    abstract String instructions();

    /** The user message for a ticket. */
    String ticket(Ticket ticket) {
        return "Ticket: " + ticket.subject().strip() + ". " + ticket.body().strip() + "\nQueue:";
    }
}
