package dev.evalunit.judges.text;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code edit-similarity}: {@code 1 - levenshtein / max(length)} between the normalised output and reference
 * (1 = identical), the source article's "edit distance" metric on a 0–1 scale where larger is better.
 */
@API(status = INTERNAL, since = "0.1")
public final class EditSimilarityScorer extends ReferenceMeasure {

    public EditSimilarityScorer() {
        super("edit-similarity", Direction.HIGHER, "edit similarity", Levenshtein::similarity);
    }
}
