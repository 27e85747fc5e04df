package dev.evalunit.judges.llm;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.judges.Options;

import java.util.Set;

/**
 * {@code context-precision} (RAG): whether the retriever ranked the passages that help answer the request first.
 * The judge marks each retrieved passage (case field {@code context}, required) relevant or not to the request
 * ({@code input}, required) and, with a reference answer ({@code field}), to that answer; the score is the
 * average precision of that ranking, (1/R) Σ_k r_k · precision@k over the R relevant passages, 0 when none is
 * relevant, on 0–1.
 */
@API(status = INTERNAL, since = "0.1")
public final class ContextPrecisionScorer extends JudgeScorerProvider {

    public ContextPrecisionScorer() {
        super("context-precision", new Scale(0, 1), false);
    }

    @Override
    Set<String> taskOptions() {
        return Set.of();
    }

    @Override
    String task(Options options, Scale scale) throws ScorerConfigException {
        RetrievalContext.required(options);
        options.caseField("input").orElseThrow(() -> options.problem("input",
                "is required: the case field holding the request"));
        if (options.has("scale")) {
            throw options.problem("scale", "does not apply: context precision is on 0-1");
        }
        return "Decide for every retrieved passage, in order, whether it is relevant: whether it holds information "
                + "that helps answer the request" + (options.has("field") ? " as the reference answer does" : "")
                + ". The response itself is not judged here.";
    }

    @Override
    ReplyFormat<ScoreReply.Verdict> replyFormat(Scale scale) {
        return new RelevanceReply();
    }

    /** {@code {"reasoning": "...", "relevant": [true, false, ...]}}: one verdict per passage, read as its AP. */
    private record RelevanceReply() implements ReplyFormat<ScoreReply.Verdict> {

        @Override
        public String instructions() {
            return "Reply with only one JSON object and nothing else: {\"reasoning\": \"<a short explanation>\", "
                    + "\"relevant\": [<true or false for passage 1>, <for passage 2>, ...]}.";
        }

        @Override
        public ScoreReply.Verdict read(JsonNode reply) throws UnusableReply {
            JsonNode verdicts = reply.get("relevant");
            if (verdicts == null || !verdicts.isArray() || verdicts.isEmpty()) {
                throw new UnusableReply("field 'relevant' is missing or not a non-empty list");
            }
            double relevant = 0;
            double sum = 0;
            for (int k = 0; k < verdicts.size(); k++) {
                if (!verdicts.get(k).isBoolean()) {
                    throw new UnusableReply("verdict " + (k + 1) + " of 'relevant' is not true or false");
                }
                if (verdicts.get(k).asBoolean()) {
                    relevant++;
                    sum += relevant / (k + 1);
                }
            }
            return new ScoreReply.Verdict(relevant == 0 ? 0 : sum / relevant, ReplyFormat.text(reply, "reasoning"));
        }
    }
}
