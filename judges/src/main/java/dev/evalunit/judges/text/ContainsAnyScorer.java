package dev.evalunit.judges.text;

/** {@code contains-any}: 1 when the output contains at least one of the listed texts. */
public final class ContainsAnyScorer extends ContainsSetCheck {

    public ContainsAnyScorer() {
        super("contains-any", false);
    }
}
