package dev.evalunit.judges.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Gate;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Ten questions answered twice each (at temperature 0, so both repeats are the same text) by a quick and a
 * careful in-process variant, judged by an OpenAI-compatible judge that {@link JudgedRunsEngineTest} serves
 * from a {@link StubJudgeServer}. The comparison decides on the judge's score (latencies, which no cache
 * reproduces, are left out of it); a gate bounds the judge error rate.
 */
@EvalSuite(id = "judged", repeats = 2, passRate = 0.0)
@Compare(baseline = "quick", primary = "rubric-judge", secondary = {"pass_rate", "error_rate", "judge_error_rate"})
@UseScorer(name = "rubric-judge", options = {"model: openai-compatible:stub-judge", "rubric: is the answer careful?",
        "input: question", "maxRetries: 0"})
@Gate(metric = "judge_error_rate", max = 0.05)
public class JudgedSuite {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> Case.of("q" + i, Map.of("question", "question " + i)))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("quick"), variant("careful"));
    }

    private static Variant variant(String id) {
        return new Variant(id, id, ModelRef.parse("inprocess:" + id), Optional.empty(), Optional.of("{{question}}"),
                SamplingParams.DEFAULTS);
    }

    @InProcessModel("quick")
    String quick(ModelRequest request) {
        return "Quick answer to " + lastMessage(request);
    }

    @InProcessModel("careful")
    String careful(ModelRequest request) {
        return "Careful answer to " + lastMessage(request);
    }

    private static String lastMessage(ModelRequest request) {
        return request.messages().get(request.messages().size() - 1).text();
    }
}
