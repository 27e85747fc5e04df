package dev.evalunit.api.spi;

/**
 * A scorer's declaration is invalid (unknown option, missing reference field, invalid regex or schema).
 * The engine reports it as a discovery issue at the scorer's {@link SourcePosition}; the message should
 * say what is wrong and how to fix it.
 */
public final class ScorerConfigException extends Exception {

    public ScorerConfigException(String message) {
        super(message);
    }

    public ScorerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
