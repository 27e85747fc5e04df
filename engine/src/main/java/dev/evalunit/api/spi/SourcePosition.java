package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where something was declared: a file (or classpath resource) and a 1-based line, for discovery
 * issues and IDE navigation.
 *
 * @param location file path or classpath resource name
 * @param line     1-based line; 0 when unknown
 */
@API(status = STABLE, since = "0.1")
public record SourcePosition(String location, int line) {

    public SourcePosition {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return line > 0 ? location + ":" + line : location;
    }
}
