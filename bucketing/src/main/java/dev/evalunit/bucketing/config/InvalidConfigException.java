package dev.evalunit.bucketing.config;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Bad configuration: names the field (a dotted path such as {@code variants[1].weight}), says what is
 * wrong, and, when the value came from a file, which file.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InvalidConfigException extends IllegalArgumentException {

    private final String source;
    private final String field;
    private final String problem;
    private final boolean located;

    /**
     * @param field   the offending field, e.g. {@code targetPercent}
     * @param problem what is wrong with it, e.g. {@code must be in [0, 100], was 120.0}
     */
    public InvalidConfigException(String field, String problem) {
        this("", field, problem, false, null);
    }

    private InvalidConfigException(String source, String field, String problem, boolean located, Throwable cause) {
        super((source.isEmpty() ? "" : source + ": ") + "field '" + field + "' " + problem, cause);
        this.source = source;
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.located = located;
    }

    /** A problem whose field is already the full path within its document. */
    static InvalidConfigException atPath(String path, String problem) {
        return new InvalidConfigException("", path, problem, true, null);
    }

    /**
     * The same problem located inside {@code parentPath} of {@code source} (a file name or description).
     * A field that already carries its full path keeps it, and a known source is kept.
     */
    public InvalidConfigException locatedIn(String source, String parentPath) {
        String path = located || parentPath.isEmpty() ? field
                : field.startsWith("[") ? parentPath + field : parentPath + "." + field;
        return new InvalidConfigException(this.source.isEmpty() ? source : this.source, path, problem, true, this);
    }

    /** The dotted path of the offending field. */
    public String field() {
        return field;
    }

    /** What is wrong with the field. */
    public String problem() {
        return problem;
    }

    /** The file or description the value came from; empty when it was built in code. */
    public String source() {
        return source;
    }
}
