package dev.evalunit.judges.text;

/** {@code contains-all}: the fraction of the listed texts the output contains; passes when it contains all. */
public final class ContainsAllScorer extends ContainsSetCheck {

    public ContainsAllScorer() {
        super("contains-all", true);
    }
}
