package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Units kept on the baseline and out of the experiment. The range is chosen by a hash of the unit with
 * {@code salt} only, so experiments that share the salt share the same held-back units: a range no
 * experiment takes, for measuring long-term effects.
 *
 * @param percent share of units held back, in [0, 100)
 * @param salt    the holdback hash's salt; experiments using the same salt hold back the same units
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Holdback(double percent, String salt) {

    /** The salt used when none is given, shared by every experiment that does not name its own. */
    public static final String DEFAULT_SALT = "evalunit-holdback";

    public Holdback {
        if (!(percent >= 0 && percent < 100)) {
            throw new InvalidConfigException("percent", "must be in [0, 100), was " + percent);
        }
        if (salt == null || salt.isBlank()) {
            throw new InvalidConfigException("salt", "must be a non-blank string");
        }
    }

    /** A holdback of {@code percent} with the shared default salt. */
    public static Holdback of(double percent) {
        return new Holdback(percent, DEFAULT_SALT);
    }
}
