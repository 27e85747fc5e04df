package dev.evalunit.engine.suite;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a suite declares for one kind of thing (its variants, its metrics) and whether every declaration could
 * be read. When one could not, its problem is reported already, and a name missing here may be its consequence
 * (a gate on the metric of a misspelled scorer), so it is not reported again.
 *
 * @param names    the names read, in declaration order
 * @param complete whether every declaration yielded its name
 */
record DeclaredNames(Set<String> names, boolean complete) {

    DeclaredNames(Collection<String> names, boolean complete) {
        this(Collections.unmodifiableSet(new LinkedHashSet<>(names)), complete);
    }

    /** Whether {@code name} is known to be missing: not declared although every declaration was read. */
    boolean lacks(String name) {
        return complete && !names.contains(name);
    }
}
