package dev.evalunit.judges.text;

/** {@code rouge-l}: ROUGE-L F1 (longest common word subsequence) of the output against the reference. */
public final class RougeLScorer extends ReferenceMeasure {

    public RougeLScorer() {
        super("rouge-l", true, "ROUGE-L F1", (output, reference) -> RougeL.score(output, reference).f1());
    }
}
