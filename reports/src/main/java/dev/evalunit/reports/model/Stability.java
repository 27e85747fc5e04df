package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How much the scores would move on a re-run: where they vary and which cases disagree with themselves.
 *
 * @param variance      between- and within-case variance, or why it cannot be computed
 * @param unstableCases the cases whose repeats disagree most
 */
@API(status = INTERNAL, since = "0.1")
public record Stability(Section<List<VarianceRow>> variance, List<UnstableCase> unstableCases) {

    public Stability {
        Objects.requireNonNull(variance, "variance");
        unstableCases = List.copyOf(unstableCases);
    }
}
