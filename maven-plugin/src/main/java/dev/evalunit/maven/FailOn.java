package dev.evalunit.maven;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/** What fails the build in {@code evalunit:check}. */
@API(status = INTERNAL, since = "0.1")
public enum FailOn {
    /** A failed gate (the default): cases a variant gets wrong are reported, not fatal. */
    GATES,
    /** A failed case of any variant. */
    CASES,
    /** Either. */
    BOTH;

    /** Parses the {@code failOn} setting. */
    static FailOn parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn=" + value + " is not one of " + Arrays.stream(values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    boolean gates() {
        return this != CASES;
    }

    boolean cases() {
        return this != GATES;
    }
}
