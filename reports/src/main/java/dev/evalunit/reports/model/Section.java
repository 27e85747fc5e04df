package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A report section whose data a run may not carry: present with a value, absent (the run did not compute
 * it), or unavailable with the reason (the run holds it in a shape this report cannot read, or the run is
 * too small to compute it).
 *
 * @param value   the data, when present
 * @param problem why the section cannot be shown, when it is unavailable
 * @param <T>     the section's data
 */
@API(status = INTERNAL, since = "0.1")
public record Section<T>(Optional<T> value, Optional<String> problem) {

    public Section {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(problem, "problem");
        if (value.isPresent() && problem.isPresent()) {
            throw new IllegalArgumentException("a section is either present or unavailable, not both");
        }
    }

    /** The run did not compute this section. */
    public static <T> Section<T> absent() {
        return new Section<>(Optional.empty(), Optional.empty());
    }

    /** The run computed this section. */
    public static <T> Section<T> of(T value) {
        return new Section<>(Optional.of(value), Optional.empty());
    }

    /** The section cannot be shown, for the given reason. */
    public static <T> Section<T> unavailable(String problem) {
        return new Section<>(Optional.empty(), Optional.of(problem));
    }
}
