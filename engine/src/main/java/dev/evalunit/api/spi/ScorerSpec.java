package dev.evalunit.api.spi;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A scorer as a suite declares it.
 *
 * @param name      the scorer name, matching {@link ScorerProvider#name()}
 * @param options   the scorer's options, as written (YAML scalars, lists and maps)
 * @param threshold the pass threshold, if the suite set one
 * @param position  where the scorer was declared
 * @param cases     the ids of the only cases the scorer scores, when the suite restricts it (other cases get no
 *                  score of it); empty means every case
 */
@API(status = STABLE, since = "0.1")
public record ScorerSpec(String name, Map<String, Object> options, OptionalDouble threshold,
                         SourcePosition position, Optional<Set<String>> cases) {

    public ScorerSpec {
        Objects.requireNonNull(name, "name");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(options, "options")));
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(position, "position");
        cases = Objects.requireNonNullElse(cases, Optional.<Set<String>>empty()).map(Set::copyOf);
    }

    /** A scorer of every case, without a threshold. */
    public static ScorerSpec of(String name, Map<String, Object> options, SourcePosition position) {
        return new ScorerSpec(name, options, OptionalDouble.empty(), position, Optional.empty());
    }

    /** This scorer with a pass threshold. */
    public ScorerSpec withThreshold(double value) {
        return new ScorerSpec(name, options, OptionalDouble.of(value), position, cases);
    }

    /** This scorer scoring only the given cases. */
    public ScorerSpec forCases(Set<String> ids) {
        return new ScorerSpec(name, options, threshold, position, Optional.of(ids));
    }

    /** Whether the scorer scores a case. */
    public boolean scores(String caseId) {
        return cases.map(ids -> ids.contains(caseId)).orElse(true);
    }
}
