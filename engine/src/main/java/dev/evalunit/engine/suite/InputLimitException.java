package dev.evalunit.engine.suite;

/**
 * A file is beyond one of the {@link InputLimits} (or holds a recursive alias): reading it stops here, and the
 * reader turns this into the file's problem at {@link #problem()}.
 */
final class InputLimitException extends RuntimeException {

    private final transient Problem problem;

    InputLimitException(Location location, int line, String message) {
        super(message, null, false, false);
        this.problem = Problem.at(location, line, message);
    }

    Problem problem() {
        return problem;
    }
}
