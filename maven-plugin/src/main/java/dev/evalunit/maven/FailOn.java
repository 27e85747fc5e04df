package dev.evalunit.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What fails the build in {@code evalunit:check}. */
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
