package dev.evalunit.api;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The sampling parameters of a variant. Unset values are left to the provider's defaults. Extra
 * provider parameters (e.g. {@code seed}, {@code presence_penalty}) are kept sorted by name so that
 * request fingerprints do not depend on the order they were written in.
 *
 * @param temperature sampling temperature
 * @param topP        nucleus sampling mass
 * @param maxTokens   maximum output tokens
 * @param extra       further provider parameters by name
 */
@API(status = STABLE, since = "0.1")
public record SamplingParams(OptionalDouble temperature, OptionalDouble topP, OptionalInt maxTokens,
                             Map<String, Object> extra) {

    /** No parameters set. */
    public static final SamplingParams DEFAULTS =
            new SamplingParams(OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Map.of());

    public SamplingParams {
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(topP, "topP");
        Objects.requireNonNull(maxTokens, "maxTokens");
        extra = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(extra, "extra")));
    }

    public SamplingParams withTemperature(double value) {
        return new SamplingParams(OptionalDouble.of(value), topP, maxTokens, extra);
    }

    public SamplingParams withTopP(double value) {
        return new SamplingParams(temperature, OptionalDouble.of(value), maxTokens, extra);
    }

    public SamplingParams withMaxTokens(int value) {
        return new SamplingParams(temperature, topP, OptionalInt.of(value), extra);
    }
}
