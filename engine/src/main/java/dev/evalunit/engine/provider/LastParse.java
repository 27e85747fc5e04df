package dev.evalunit.engine.provider;

import java.util.function.Function;

/**
 * Parses a text with a given function and remembers the last text and its value, so a text that repeats from
 * call to call (an endpoint's URL, a content type) is parsed once. Safe for concurrent use: a thread that
 * misses parses anew and the last writer wins.
 *
 * @param <T> the parsed value
 */
final class LastParse<T> {

    private final Function<String, T> parser;
    private volatile Parsed<T> last;

    LastParse(Function<String, T> parser) {
        this.parser = parser;
    }

    /** The parsed value of {@code text}; the parser's exception, if it fails, is thrown and nothing is kept. */
    T of(String text) {
        Parsed<T> parsed = last;
        if (parsed != null && parsed.text().equals(text)) {
            return parsed.value();
        }
        T value = parser.apply(text);
        last = new Parsed<>(text, value);
        return value;
    }

    private record Parsed<T>(String text, T value) {
    }
}
