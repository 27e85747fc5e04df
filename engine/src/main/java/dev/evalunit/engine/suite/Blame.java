package dev.evalunit.engine.suite;

/** Places a problem with a field of a suite block: at its line in a YAML file, at the annotation in Java. */
@FunctionalInterface
interface Blame {

    Problem at(String field, String message);
}
