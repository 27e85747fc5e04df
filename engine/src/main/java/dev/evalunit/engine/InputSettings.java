package dev.evalunit.engine;

import dev.evalunit.engine.suite.InputLimits;
import dev.evalunit.engine.suite.PathConfinement;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code evalunit.input.*} limits as configured, each defaulting to {@link InputLimits#DEFAULTS}, and the roots
 * reading and writing stay under.
 */
final class InputSettings {

    private InputSettings() {
    }

    /** @throws IllegalArgumentException naming the key when a value is not a whole number from 1 to 2^31 − 1 */
    static InputLimits limits(ConfigurationParameters configuration) {
        InputLimits defaults = InputLimits.DEFAULTS;
        return new InputLimits(
                number(configuration, Constants.INPUT_MAX_FILE_SIZE, defaults.maxFileBytes()),
                (int) number(configuration, Constants.INPUT_MAX_NESTING_DEPTH, defaults.maxNestingDepth()),
                (int) number(configuration, Constants.INPUT_MAX_YAML_ALIASES, defaults.maxYamlAliases()),
                number(configuration, Constants.INPUT_MAX_YAML_VALUES, defaults.maxYamlValues()),
                (int) number(configuration, Constants.INPUT_MAX_REPEATS, defaults.maxRepeats()),
                (int) number(configuration, Constants.INPUT_MAX_CASES, defaults.maxCases()),
                number(configuration, Constants.INPUT_MAX_FIELD_SIZE, defaults.maxFieldChars()));
    }

    /** The working directory, the configured dataset roots and the export directory. */
    static PathConfinement paths(ConfigurationParameters configuration) {
        List<Path> roots = configuration.get(Constants.INPUT_DATASET_ROOTS).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(root -> !root.isEmpty())
                .map(Path::of).toList();
        return new PathConfinement(Path.of(""), roots, Path.of(configuration.get(Constants.EXPORT_DIRECTORY)
                .filter(directory -> !directory.isBlank()).orElse("")));
    }

    private static long number(ConfigurationParameters configuration, String key, long fallback) {
        return configuration.get(key, text -> limit(key, text.trim())).orElse(fallback);
    }

    private static long limit(String key, String text) {
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value >= 1 && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what a limit must look like
        }
        throw new IllegalArgumentException("configuration key " + key + " must be a whole number from 1 to "
                + Integer.MAX_VALUE + ", was '" + text + "'");
    }
}
