package dev.evalunit.judges.text;

/** {@code contains}: the normalised output contains the reference. */
public final class ContainsScorer extends ReferenceCheck {

    public ContainsScorer() {
        super("contains", String::contains, "output contains", "output does not contain");
    }
}
