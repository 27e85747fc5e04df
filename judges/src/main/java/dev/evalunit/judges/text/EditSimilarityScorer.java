package dev.evalunit.judges.text;

/**
 * {@code edit-similarity}: {@code 1 - levenshtein / max(length)} between the normalised output and reference
 * (1 = identical), the source article's "edit distance" metric on a 0–1 scale where larger is better.
 */
public final class EditSimilarityScorer extends ReferenceMeasure {

    public EditSimilarityScorer() {
        super("edit-similarity", true, "edit similarity", Levenshtein::similarity);
    }
}
