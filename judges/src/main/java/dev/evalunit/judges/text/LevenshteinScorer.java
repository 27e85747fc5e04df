package dev.evalunit.judges.text;

import dev.evalunit.stats.Direction;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code levenshtein}: the edit distance (code points) between the normalised output and reference; passes
 * at or below option {@code max}, and always when none is set.
 */
@API(status = INTERNAL, since = "0.1")
public final class LevenshteinScorer extends ReferenceMeasure {

    public LevenshteinScorer() {
        super("levenshtein", Direction.LOWER, "edit distance", (output, reference) -> Levenshtein.distance(output, reference));
    }
}
