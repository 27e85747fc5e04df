package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One arm of an online experiment.
 *
 * @param id     stable id, unique within the experiment
 * @param name   display name
 * @param weight relative share of the split; positive and finite
 * @param config what the production call runs for units in this arm
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VariantDefinition(String id, String name, double weight, VariantConfig config) {

    public VariantDefinition {
        if (id == null || id.isBlank()) {
            throw new InvalidConfigException("id", "must be a non-blank string");
        }
        Objects.requireNonNull(name, "name");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidConfigException("weight", "must be a finite number > 0, was " + weight);
        }
        Objects.requireNonNull(config, "config");
    }
}
