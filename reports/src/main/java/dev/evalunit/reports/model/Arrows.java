package dev.evalunit.reports.model;

import dev.evalunit.stats.Direction;

/** The symbol shown beside a metric for its direction. */
final class Arrows {

    private Arrows() {
    }

    /** ↑ higher, ↓ lower, ◎ closer to a target range is better. */
    static String of(Direction direction) {
        return direction instanceof Direction.Within ? "◎" : direction.equals(Direction.HIGHER) ? "↑" : "↓";
    }
}
