package dev.evalunit.reports.model;

import java.util.Objects;

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
public record VariantColumn(String id, String name, String model, boolean baseline, int casesPassed,
                            int casesFailed, long samples, long errors) {

    public VariantColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
