package dev.evalunit.judges.llm;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Set;

/**
 * {@code answer-relevance} (RAG): whether the response addresses the request in the case field named by
 * {@code input} (required), on a {@code scale} (default 1-5); off-topic or evasive parts lower the score,
 * whether or not they are true.
 */
@API(status = INTERNAL, since = "0.1")
public final class AnswerRelevanceScorer extends JudgeScorerProvider {

    public AnswerRelevanceScorer() {
        super("answer-relevance", new Scale(1, 5), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of();
    }

    @Override
    String task(Options options, Scale scale) throws ScorerConfigException {
        options.caseField("input").orElseThrow(() -> options.problem("input",
                "is required: the case field holding the request the response answers"));
        return "Judge how relevant the response is to the request: whether it answers what was asked, without "
                + "off-topic, evasive or redundant parts (correctness is not judged here). Score " + range(scale)
                + ".";
    }
}
