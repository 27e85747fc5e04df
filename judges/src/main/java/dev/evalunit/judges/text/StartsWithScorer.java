package dev.evalunit.judges.text;

/** {@code starts-with}: the normalised output starts with the reference. */
public final class StartsWithScorer extends ReferenceCheck {

    public StartsWithScorer() {
        super("starts-with", String::startsWith, "output starts with", "output does not start with");
    }
}
