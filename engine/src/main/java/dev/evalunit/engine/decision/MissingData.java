package dev.evalunit.engine.decision;

import dev.evalunit.api.run.MissingDataCheck;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.stats.McNemarTest;
import dev.evalunit.stats.PairedTable;

import java.util.Optional;

/**
 * Checks whether a metric is missing differently in a treatment than in the baseline: a judge that refuses
 * or garbles half of one variant's outputs leaves that variant measured on the outputs it liked. Counted per
 * case, the unit the comparison pairs (repeats are nested in it): a case lacks the metric under a variant when
 * any of its samples does (its call or every score of the metric failed), or, for a metric a suite-level scorer
 * gives each case, when it has no value. A case that lacks the metric under one variant only is missing
 * differently, and so is the data as soon as one such case exists; the exact McNemar test on those discordant
 * cases gives the p-value shown with it. Cases either variant did not run are left out.
 */
final class MissingData {

    private final Observations observations;

    MissingData(Observations observations) {
        this.observations = observations;
    }

    /** The check of one treatment against the baseline; empty when the two share no case that ran. */
    Optional<MissingDataCheck> check(String baseline, String treatment, String metric) {
        Boolean[] base = missing(baseline, metric);
        Boolean[] treated = missing(treatment, metric);
        long both = 0;
        long baseOnly = 0;
        long treatedOnly = 0;
        long total = 0;
        for (int i = 0; i < base.length; i++) {
            if (base[i] == null || treated[i] == null) {
                continue;
            }
            total++;
            both += base[i] && treated[i] ? 1 : 0;
            baseOnly += base[i] && !treated[i] ? 1 : 0;
            treatedOnly += treated[i] && !base[i] ? 1 : 0;
        }
        if (total == 0) {
            return Optional.empty();
        }
        double p = McNemarTest.exact(new PairedTable(both, treatedOnly, baseOnly,
                total - both - baseOnly - treatedOnly)).pValue();
        return Optional.of(new MissingDataCheck(treatment, metric, "cases", both + baseOnly, total,
                both + treatedOnly, total, p, baseOnly + treatedOnly > 0));
    }

    /** Per case in suite order: whether the metric is missing under the variant; null where the case did not run. */
    private Boolean[] missing(String variant, String metric) {
        double[][] values = observations.matrix(variant, metric);
        double[][] samples = observations.matrix(variant, BuiltInMetric.ERROR_RATE.metric());
        Boolean[] missing = new Boolean[samples.length];
        for (int i = 0; i < samples.length; i++) {
            if (samples[i].length > 0) {
                int expected = observations.perCase(metric) ? 1 : samples[i].length;
                missing[i] = values[i].length < expected;
            }
        }
        return missing;
    }
}
