package dev.evalunit.bucketing.winner;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One arm named in {@code winner.json}: its variant id in the evaluation suite and its complete config.
 *
 * @param variantId the variant's id in the suite
 * @param config    the complete config; its {@link VariantConfig#fingerprint()} is written next to it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WinnerVariant(String variantId, VariantConfig config) {

    public WinnerVariant {
        if (variantId == null || variantId.isBlank()) {
            throw new InvalidConfigException("variantId", "must be a non-blank string");
        }
        Objects.requireNonNull(config, "config");
    }

    /** The SHA-256 fingerprint of {@link #config()}. */
    public String fingerprint() {
        return config.fingerprint();
    }
}
