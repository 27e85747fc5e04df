package dev.evalunit.engine.suite;

/**
 * A suite or dataset file being read: where it is, the problems found in it so far, and the limits it is read within.
 */
record InputFile(Location location, Problems problems, InputLimits limits) {

    /** Reports a problem at a line of this file. */
    void problem(int line, String message) {
        problems.at(location, line, message);
    }
}
