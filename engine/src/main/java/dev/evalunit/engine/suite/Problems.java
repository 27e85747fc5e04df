package dev.evalunit.engine.suite;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one suite (and its dataset) so that all of them are reported at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void at(Location location, int line, String message) {
        found.add(Problem.at(location, line, message));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
