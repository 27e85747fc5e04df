package dev.evalunit.judges.llm;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Set;

/**
 * {@code faithfulness} (RAG): whether every claim of the response is supported by the retrieved passages of the
 * case field named by {@code context} (required), scored on a {@code scale} (default 1-5). Claims the passages
 * do not support lower the score even when they are true: the measure is grounding, not correctness.
 */
@API(status = INTERNAL, since = "0.1")
public final class FaithfulnessScorer extends JudgeScorerProvider {

    public FaithfulnessScorer() {
        super("faithfulness", new Scale(1, 5), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of();
    }

    @Override
    String task(Options options, Scale scale) throws ScorerConfigException {
        RetrievalContext.required(options);
        return "Judge whether the response is faithful to the retrieved passages: list its factual claims to "
                + "yourself, check each against the passages only (not your own knowledge), and score " + range(scale)
                + ": the best score when every claim is supported by the passages, the worst when none is.";
    }
}
