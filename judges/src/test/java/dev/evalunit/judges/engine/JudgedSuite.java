package dev.evalunit.judges.engine;

import dev.evalunit.api.Compare;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Gate;
import dev.evalunit.api.UseScorer;

/**
 * {@link QuickAndCareful}'s variants judged by an OpenAI-compatible judge that {@link JudgedRunsEngineTest} serves
 * from a {@link StubJudgeServer}. The comparison decides on the judge's score (latencies, which no cache
 * reproduces, are left out of it); a gate bounds the judge error rate.
 */
@EvalSuite(id = "judged", repeats = 2, passRate = 0.0)
@Compare(baseline = "quick", primary = "rubric-judge", secondary = {"pass_rate", "error_rate", "judge_error_rate"})
@UseScorer(name = "rubric-judge", options = {"model: openai-compatible:stub-judge", "rubric: is the answer careful?",
        "input: question", "maxRetries: 0"})
@Gate(metric = "judge_error_rate", max = 0.05)
public class JudgedSuite extends QuickAndCareful {
}
