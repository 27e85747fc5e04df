package dev.evalunit.api.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scorer as a suite declares it.
 *
 * @param name      the scorer name, matching {@link ScorerProvider#name()}
 * @param options   the scorer's options, as written (YAML scalars, lists and maps)
 * @param threshold the pass threshold, if the suite set one
 * @param position  where the scorer was declared
 */
public record ScorerSpec(String name, Map<String, Object> options, OptionalDouble threshold,
                         SourcePosition position) {

    public ScorerSpec {
        Objects.requireNonNull(name, "name");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(options, "options")));
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(position, "position");
    }
}
