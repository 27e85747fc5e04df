package dev.evalunit.judges;

import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.engine.suite.Suggestions;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A scorer's options, checked against the keys the scorer knows. Every reader names the option in its
 * error so a suite author can fix the declaration; the engine adds the file and line.
 *
 * <p>Every scorer also accepts {@value #METRIC}: the metric name its scores carry (default: the scorer
 * name), so a suite can declare the same scorer twice.
 */
@API(status = INTERNAL, since = "0.1")
public final class Options {

    /** The option that renames the metric a scorer reports. */
    public static final String METRIC = "metric";

    private final ScorerSetup setup;
    private final Map<String, Object> values;

    private Options(ScorerSetup setup) {
        this.setup = setup;
        this.values = setup.spec().options();
    }

    /**
     * Reads a declaration's options.
     *
     * @param known the option names the scorer understands ({@value #METRIC} is always allowed)
     * @throws ScorerConfigException naming the first unknown option and listing the known ones
     */
    public static Options of(ScorerSetup setup, Set<String> known) throws ScorerConfigException {
        Options options = new Options(setup);
        for (String key : options.values.keySet()) {
            if (!known.contains(key) && !METRIC.equals(key)) {
                Set<String> allowed = new TreeSet<>(known);
                allowed.add(METRIC);
                throw options.problem(key, "is not an option of this scorer; known options: " + allowed);
            }
        }
        return options;
    }

    /**
     * Reads a declaration whose options the per-sample provider of the same name validates; a suite-level
     * provider uses it to read the options it shares with that provider.
     */
    public static Options validated(ScorerSetup setup) {
        return new Options(setup);
    }

    /** The declaration these options belong to. */
    public ScorerSpec spec() {
        return setup.spec();
    }

    /** The whole setup (case fields, suite directory). */
    public ScorerSetup setup() {
        return setup;
    }

    /** The metric name scores carry. */
    public String metric() throws ScorerConfigException {
        return string(METRIC).orElse(setup.spec().name());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * A configuration error about one option. The engine prefixes the scorer's name and reports it at the
     * declaration's file and line.
     */
    public ScorerConfigException problem(String key, String what) {
        return new ScorerConfigException("option '" + key + "' " + what);
    }

    /** A configuration error about the declaration as a whole, e.g. "needs option 'min', option 'max' or both". */
    public ScorerConfigException problem(String what) {
        return new ScorerConfigException(what);
    }

    public Optional<String> string(String key) throws ScorerConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw problem(key, "must be a single value, was " + value);
        }
        return Optional.of(String.valueOf(value));
    }

    public String requiredString(String key) throws ScorerConfigException {
        String value = string(key).orElseThrow(() -> problem(key, "is required"));
        if (value.isBlank()) {
            throw problem(key, "must not be blank");
        }
        return value;
    }

    public boolean bool(String key, boolean fallback) throws ScorerConfigException {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw problem(key, "must be true or false, was '" + value + "'");
    }

    public Optional<Double> number(String key) throws ScorerConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else {
            try {
                number = Double.parseDouble(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                throw problem(key, "must be a number, was '" + value + "'");
            }
        }
        if (!Double.isFinite(number)) {
            throw problem(key, "must be a finite number, was '" + value + "'");
        }
        return Optional.of(number);
    }

    /** A whole number within {@code [min, max]}. */
    public Optional<Integer> integer(String key, int min, int max) throws ScorerConfigException {
        Optional<Double> number = number(key);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        double value = number.get();
        if (value != Math.rint(value) || value < min || value > max) {
            throw problem(key, "must be a whole number from " + min + " to " + max + ", was " + values.get(key));
        }
        return Optional.of((int) value);
    }

    /** A list of texts; a single scalar counts as a list of one. */
    public Optional<List<String>> strings(String key) throws ScorerConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw problem(key, "must be a list of texts, has item " + item);
                }
                texts.add(String.valueOf(item));
            }
        } else if (value instanceof Map) {
            throw problem(key, "must be a list of texts, was a map");
        } else {
            texts.add(String.valueOf(value));
        }
        return Optional.of(List.copyOf(texts));
    }

    /** The raw value (maps and lists as written), for options such as an inline JSON schema. */
    public Optional<Object> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * A case field the scorer reads.
     *
     * @throws ScorerConfigException when the dataset's cases do not all have that field
     */
    public Optional<String> caseField(String key) throws ScorerConfigException {
        Optional<String> field = string(key);
        if (field.isPresent() && !setup.caseFields().contains(field.get())) {
            throw problem(key, "names case field '" + field.get() + "', which the dataset's cases do not all have"
                    + Suggestions.hint(field.get(), setup.caseFields()) + " (fields: " + new TreeSet<>(setup.caseFields())
                    + ")");
        }
        return field;
    }
}
