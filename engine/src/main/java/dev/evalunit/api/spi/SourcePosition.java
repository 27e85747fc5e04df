package dev.evalunit.api.spi;

import java.util.Objects;

/**
 * Where something was declared: a file (or classpath resource) and a 1-based line, for discovery
 * issues and IDE navigation.
 *
 * @param location file path or classpath resource name
 * @param line     1-based line; 0 when unknown
 */
public record SourcePosition(String location, int line) {

    public SourcePosition {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return line > 0 ? location + ":" + line : location;
    }
}
