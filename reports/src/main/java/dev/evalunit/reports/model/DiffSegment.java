package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A run of words of an output, compared with the baseline's output.
 *
 * @param text the words, with their whitespace
 * @param kind whether they are in both outputs, only in this one, or only in the baseline's
 */
@API(status = INTERNAL, since = "0.1")
public record DiffSegment(String text, Kind kind) {

    /** Where a run of words comes from. */
    public enum Kind {
        /** In both outputs. */
        SAME,
        /** Only in this output. */
        ADDED,
        /** Only in the baseline's output. */
        REMOVED
    }

    public DiffSegment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the words are in both outputs. */
    public boolean same() {
        return kind == Kind.SAME;
    }

    /** Whether the words are only in this output. */
    public boolean added() {
        return kind == Kind.ADDED;
    }
}
