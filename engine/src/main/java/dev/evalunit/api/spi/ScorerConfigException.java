package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A scorer's declaration is invalid (unknown option, missing reference field, invalid regex or schema).
 * The engine reports it as a discovery issue at the scorer's {@link SourcePosition}; the message should
 * say what is wrong and how to fix it.
 */
@API(status = STABLE, since = "0.1")
public final class ScorerConfigException extends Exception {

    public ScorerConfigException(String message) {
        super(message);
    }

    public ScorerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
