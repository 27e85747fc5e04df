package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code starts-with}: the normalised output starts with the reference. */
@API(status = INTERNAL, since = "0.1")
public final class StartsWithScorer extends ReferenceCheck {

    public StartsWithScorer() {
        super("starts-with", String::startsWith, "output starts with", "output does not start with");
    }
}
