package dev.evalunit.judges.engine;

import dev.evalunit.api.Compare;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.UseScorer;

/**
 * {@link QuickAndCareful}'s variants compared by a pairwise judge over HTTP ({@link JudgedRunsEngineTest} serves it
 * from a {@link StubJudgeServer}); the comparison decides on the judge's preference.
 */
@EvalSuite(id = "pairwise-judged", repeats = 2, passRate = 0.0)
@Compare(baseline = "quick", primary = "pairwise-judge")
@UseScorer(name = "pairwise-judge", options = {"model: openai-compatible:stub-judge",
        "criteria: the more careful answer", "input: question", "maxRetries: 0"})
public class PairwiseJudgedSuite extends QuickAndCareful {
}
