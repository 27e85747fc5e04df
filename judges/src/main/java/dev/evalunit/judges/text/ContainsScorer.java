package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code contains}: the normalised output contains the reference. */
@API(status = INTERNAL, since = "0.1")
public final class ContainsScorer extends ReferenceCheck {

    public ContainsScorer() {
        super("contains", String::contains, "output contains", "output does not contain");
    }
}
