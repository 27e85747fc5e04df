package dev.evalunit.web;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** An operation named an experiment the service does not run. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UnknownExperimentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnknownExperimentException(String experimentId, Collection<String> known) {
        super("no experiment '" + experimentId + "' is running here; running: " + new TreeSet<>(known));
    }
}
