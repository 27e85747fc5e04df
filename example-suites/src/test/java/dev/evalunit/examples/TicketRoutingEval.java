package dev.evalunit.examples;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.EvalVariant;
import dev.evalunit.api.Export;
import dev.evalunit.api.Gate;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;
import dev.evalunit.examples.routing.Route;
import dev.evalunit.examples.routing.RoutingPrompt;
import dev.evalunit.examples.routing.Ticket;
import dev.evalunit.examples.routing.TicketRouter;

import java.io.IOException;
import java.util.List;

/**
 * Evaluates the shipped {@link TicketRouter} service - its prompt, its reply parsing and its fallback - on sixty
 * routed tickets: the first prompt version (queue names only) against the second (queue descriptions and two
 * examples), both on gpt-4o-mini through the run's client.
 */
@EvalSuite(id = "ticket-routing", name = "Ticket routing service, prompt v1 vs v2", caseTitle = "subject",
        description = "The TicketRouter application service evaluated end to end with its two prompt versions.")
@UseScorer(name = "label-match", options = {"metric: routed", "field: queue",
        "labels: [payments, tech-support, account-access, general]"})
@Compare(baseline = "prompt-v1", primary = "routed", minEffect = 0.05,
        secondary = {"cost_per_request", "input_tokens", "latency_ms"})
@Gate(metric = "routed", variant = "prompt-v2", min = 0.85)
@Gate(metric = "error_rate", max = 0.05)
@Gate(decided = true, name = "the primary decision is taken")
@Export(experimentId = "ticket-routing")
public class TicketRoutingEval {

    private static final String DATASET = "/examples/routing/routing-tickets.jsonl";

    @Dataset
    List<Case> tickets() throws IOException {
        return ExampleDatasets.jsonl(DATASET);
    }

    @EvalVariant(id = "prompt-v1", name = "Prompt v1: queue names", model = "openai:gpt-4o-mini", temperature = 0)
    ModelResponse namesOnly(Case ticket, Variant variant, ModelClient client) {
        return route(ticket, variant, client, RoutingPrompt.NAMES_ONLY);
    }

    @EvalVariant(id = "prompt-v2", name = "Prompt v2: descriptions and examples", model = "openai:gpt-4o-mini",
            temperature = 0)
    ModelResponse describedWithExamples(Case ticket, Variant variant, ModelClient client) {
        return route(ticket, variant, client, RoutingPrompt.DESCRIBED_WITH_EXAMPLES);
    }

    /** Runs the service and reports its decision with the usage, latency and cost of the model call it made. */
    private static ModelResponse route(Case ticket, Variant variant, ModelClient client, RoutingPrompt prompt) {
        EngineChatModel model = new EngineChatModel(client, variant.model(), variant.params());
        Route route = new TicketRouter(model, prompt).route(new Ticket(ticket.text("subject").orElseThrow(),
                ticket.text("body").orElseThrow()));
        ModelResponse call = model.lastResponse().orElseThrow();
        return call.toBuilder().text(route.queue().id()).logprobs(List.of()).build();
    }

}
