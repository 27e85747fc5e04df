package dev.evalunit.engine.provider;

import java.util.Objects;

/**
 * An API key read from the environment. It prints as {@code ****} and can scrub itself out of text that
 * came back from a provider (error bodies sometimes echo the key), so it never reaches a log, exception,
 * cache entry or sample.
 */
final class ApiKey {

    private static final String MASK = "****";

    private final String value;

    ApiKey(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    String value() {
        return value;
    }

    /** The text with every occurrence of this key replaced by {@code ****}. */
    String scrub(String text) {
        return text == null ? "" : text.replace(value, MASK);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
