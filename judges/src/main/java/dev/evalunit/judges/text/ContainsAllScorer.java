package dev.evalunit.judges.text;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** {@code contains-all}: the fraction of the listed texts the output contains; passes when it contains all. */
@API(status = INTERNAL, since = "0.1")
public final class ContainsAllScorer extends ContainsSetCheck {

    public ContainsAllScorer() {
        super("contains-all", true);
    }
}
