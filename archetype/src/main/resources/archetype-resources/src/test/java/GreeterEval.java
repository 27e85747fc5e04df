package ${package};

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.EvalVariant;
import dev.evalunit.api.Gate;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A Java suite whose variants call the application's own code. The model is the built-in
 * {@code inprocess:echo} (it answers with the prompt), so the suite runs with no API key; point {@code model}
 * at {@code openai:gpt-4o-mini} or {@code anthropic:...} to evaluate a real model.
 */
@EvalSuite(id = "greeter")
@UseScorer(name = "contains", options = "field: expected")
@Compare(baseline = "plain", primary = "contains")
@Gate(metric = "contains", variant = "friendly", min = 0.9)
class GreeterEval {

    @Dataset
    List<Case> cases() {
        return List.of(Case.of("ada", Map.of("name", "Ada", "expected", "nice to see you")),
                Case.of("linus", Map.of("name", "Linus", "expected", "nice to see you")));
    }

    @EvalVariant(id = "plain", model = "inprocess:echo")
    CompletionStage<String> plain(Case testCase, Variant variant, ModelClient client) {
        return greet(new Greeter("plain"), testCase, variant, client);
    }

    @EvalVariant(id = "friendly", model = "inprocess:echo")
    CompletionStage<String> friendly(Case testCase, Variant variant, ModelClient client) {
        return greet(new Greeter("friendly"), testCase, variant, client);
    }

    private static CompletionStage<String> greet(Greeter greeter, Case testCase, Variant variant, ModelClient client) {
        String prompt = greeter.prompt(testCase.text("name").orElseThrow());
        return client.call(new ModelRequest(variant.model(), List.of(Message.user(prompt)), variant.params(), 0))
                .thenApply(ModelResponse::text);
    }
}
