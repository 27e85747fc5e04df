package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How far a suite or dataset file may expand while it is read. Each limit is a configuration key (see
 * {@code dev.evalunit.engine.Constants}); a file beyond one is a discovery problem at its line, never an
 * exhausted heap or stack.
 *
 * @param maxFileBytes    the largest suite or dataset file, in bytes
 * @param maxNestingDepth the deepest nesting of lists and mappings, aliases followed
 * @param maxYamlAliases  the most aliases of lists and mappings in one YAML file
 * @param maxYamlValues   the most values one YAML file may expand to, every alias expanded
 * @param maxRepeats      the most repeats of a suite
 * @param maxCases        the most cases of a suite
 * @param maxFieldChars   the most characters of one case field (nested values summed)
 */
@API(status = INTERNAL, since = "0.1")
public record InputLimits(long maxFileBytes, int maxNestingDepth, int maxYamlAliases, long maxYamlValues,
                          int maxRepeats, int maxCases, long maxFieldChars) {

    /** The defaults: generous for real suites, far below what exhausts a test JVM of 256 MiB. */
    public static final InputLimits DEFAULTS = new InputLimits(32L << 20, 50, 50, 1_000_000, 1_000, 100_000,
            1_000_000);

    public InputLimits {
        positive("max file size", maxFileBytes);
        positive("max nesting depth", maxNestingDepth);
        positive("max YAML aliases", maxYamlAliases);
        positive("max YAML values", maxYamlValues);
        positive("max repeats", maxRepeats);
        positive("max cases", maxCases);
        positive("max field size", maxFieldChars);
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }
}
