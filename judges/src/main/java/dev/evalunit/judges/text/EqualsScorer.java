package dev.evalunit.judges.text;

/** {@code equals}: the output equals the reference after normalisation (NFC and trimming by default). */
public final class EqualsScorer extends ReferenceCheck {

    public EqualsScorer() {
        super("equals", String::equals, "output equals", "output does not equal");
    }
}
