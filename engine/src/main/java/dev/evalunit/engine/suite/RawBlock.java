package dev.evalunit.engine.suite;

import dev.evalunit.api.SourcePosition;

import java.util.Objects;

/**
 * A suite block kept as written for later work ({@code compare}, {@code gates}, {@code export}).
 *
 * @param key      the block's key
 * @param value    the YAML value: a map, list or scalar of plain Java types
 * @param position where the block starts
 */
public record RawBlock(String key, Object value, SourcePosition position) {

    public RawBlock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
