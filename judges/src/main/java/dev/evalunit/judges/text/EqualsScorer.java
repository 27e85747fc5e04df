package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code equals}: the output equals the reference after normalisation (NFC and trimming by default). */
@API(status = INTERNAL, since = "0.1")
public final class EqualsScorer extends ReferenceCheck {

    public EqualsScorer() {
        super("equals", String::equals, "output equals", "output does not equal");
    }
}
