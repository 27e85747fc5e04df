package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code rouge-l}: ROUGE-L F1 (longest common word subsequence) of the output against the reference. */
@API(status = INTERNAL, since = "0.1")
public final class RougeLScorer extends ReferenceMeasure {

    public RougeLScorer() {
        super("rouge-l", true, "ROUGE-L F1", (output, reference) -> RougeL.score(output, reference).f1());
    }
}
