package dev.evalunit.maven.promptfoo;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** A promptfoo config that cannot be imported at all; the message names the file, the line and what is wrong. */
@API(status = INTERNAL, since = "0.1")
public final class PromptfooImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PromptfooImportException(String message) {
        super(message);
    }
}
