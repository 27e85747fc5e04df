package dev.evalunit.reports;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.reports.model.ErrorGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a run's error samples by (kind, provider) during the pass over {@code results.jsonl}, so a run whose
 * calls failed says at a glance what failed where, however many samples it has.
 */
final class ErrorGroups {

    private static final int MAX_EXAMPLE = 300;

    private final Map<Key, Group> groups = new LinkedHashMap<>();

    /** What a group has in common: the failure kind and the provider called. */
    private record Key(ErrorKind kind, String provider) {
    }

    private static final class Group {
        private final String example;
        private final Set<String> variants = new LinkedHashSet<>();
        private long samples;

        private Group(String example) {
            this.example = example;
        }
    }

    /**
     * Counts one error sample.
     *
     * @param model the variant's model reference, {@code provider:model}
     */
    void add(String variantName, String model, SampleError error) {
        String provider = model.contains(":") ? model.substring(0, model.indexOf(':')) : model;
        Group group = groups.computeIfAbsent(new Key(error.kind(), provider), key -> new Group(
                error.message().length() <= MAX_EXAMPLE ? error.message()
                        : error.message().substring(0, MAX_EXAMPLE) + "…"));
        group.samples++;
        group.variants.add(variantName);
    }

    /** The groups, most samples first. */
    List<ErrorGroup> groups() {
        List<ErrorGroup> out = new ArrayList<>();
        groups.forEach((key, g) -> out.add(new ErrorGroup(key.kind(), key.provider(), g.samples,
                List.copyOf(g.variants), g.example)));
        out.sort(Comparator.comparingLong(ErrorGroup::samples).reversed());
        return out;
    }
}
