package dev.evalunit.judges.text;

/**
 * {@code levenshtein}: the edit distance (code points) between the normalised output and reference; passes
 * at or below option {@code max}, and always when none is set.
 */
public final class LevenshteinScorer extends ReferenceMeasure {

    public LevenshteinScorer() {
        super("levenshtein", false, "edit distance", (output, reference) -> Levenshtein.distance(output, reference));
    }
}
