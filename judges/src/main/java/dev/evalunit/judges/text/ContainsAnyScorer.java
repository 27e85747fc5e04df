package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code contains-any}: 1 when the output contains at least one of the listed texts. */
@API(status = INTERNAL, since = "0.1")
public final class ContainsAnyScorer extends ContainsSetCheck {

    public ContainsAnyScorer() {
        super("contains-any", false);
    }
}
