package dev.evalunit.maven.promptfoo;

/** A promptfoo config that cannot be imported at all; the message names the file, the line and what is wrong. */
public final class PromptfooImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PromptfooImportException(String message) {
        super(message);
    }
}
