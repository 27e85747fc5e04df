package dev.evalunit.bucketing;

import java.util.ArrayList;
import java.util.List;

/**
 * The guard against the source article's trap: adding, removing, reweighting or reconfiguring variants of
 * a live experiment reshuffles the hash space and mixes two experiments' data under one id.
 */
final class LiveChangeGuard {

    private LiveChangeGuard() {
    }

    static void check(ExperimentDefinition current, ExperimentDefinition next) {
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("cannot update experiment '" + current.id() + "' with a definition of '"
                    + next.id() + "'");
        }
        List<String> changes = changes(current, next);
        if (changes.isEmpty() || !current.active()) {
            return;
        }
        String what = "experiment '" + current.id() + "' is live and " + String.join(", ", changes);
        if (current.mode() == BucketingMode.SEED_COMPATIBLE || next.mode() == BucketingMode.SEED_COMPATIBLE) {
            if (next.phase() <= current.phase() || next.mode() == BucketingMode.SEED_COMPATIBLE) {
                throw new LiveExperimentChangeException(what + "; a seed-compatible experiment hashes its id and has no "
                        + "salt, so end it and start a new experiment id, or continue as a new stable-mode phase "
                        + "with a new salt");
            }
        }
        if (next.phase() <= current.phase() || next.salt().equals(current.salt())) {
            throw new LiveExperimentChangeException(what + "; declare a new phase with a new salt "
                    + "(definition.nextPhase(\"" + current.id() + "-phase" + (current.phase() + 1) + "\")) so every "
                    + "unit is re-bucketed knowingly and the phases are analysed apart");
        }
    }

    private static List<String> changes(ExperimentDefinition current, ExperimentDefinition next) {
        List<String> changes = new ArrayList<>();
        if (!current.variants().equals(next.variants())) {
            List<String> before = current.variants().stream().map(VariantDefinition::id).toList();
            List<String> after = next.variants().stream().map(VariantDefinition::id).toList();
            changes.add(before.equals(after) ? "the weights or configs of its variants changed"
                    : "its variants changed from " + before + " to " + after);
        }
        if (!current.salt().equals(next.salt())) {
            changes.add("its salt changed");
        }
        if (current.mode() != next.mode()) {
            changes.add("its mode changed from " + current.mode() + " to " + next.mode());
        }
        if (current.phase() != next.phase()) {
            changes.add("its phase changed from " + current.phase() + " to " + next.phase());
        }
        return changes;
    }
}
