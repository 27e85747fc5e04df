package dev.evalunit.web;

import java.util.Collection;
import java.util.TreeSet;

/** An operation named an experiment the service does not run. */
public final class UnknownExperimentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnknownExperimentException(String experimentId, Collection<String> known) {
        super("no experiment '" + experimentId + "' is running here; running: " + new TreeSet<>(known));
    }
}
