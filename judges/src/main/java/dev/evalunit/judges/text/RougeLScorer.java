package dev.evalunit.judges.text;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code rouge-l}: ROUGE-L F1 (longest common word subsequence) of the output against the reference. */
@API(status = INTERNAL, since = "0.1")
public final class RougeLScorer extends ReferenceMeasure {

    public RougeLScorer() {
        super("rouge-l", Direction.HIGHER, "ROUGE-L F1", (output, reference) -> RougeL.score(output, reference).f1());
    }
}
