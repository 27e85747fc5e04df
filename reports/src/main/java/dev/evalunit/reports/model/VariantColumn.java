package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One variant as a column of the side-by-side tables.
 *
 * @param id          the variant id
 * @param name        its display name
 * @param model       {@code provider:model}
 * @param baseline    whether the others are compared with it
 * @param casesPassed cases that passed
 * @param casesFailed cases that failed
 * @param samples     samples generated
 * @param errors      error samples
 */
@API(status = INTERNAL, since = "0.1")
public record VariantColumn(String id, String name, String model, boolean baseline, int casesPassed,
                            int casesFailed, long samples, long errors) {

    public VariantColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
