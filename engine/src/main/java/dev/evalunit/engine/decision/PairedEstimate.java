package dev.evalunit.engine.decision;

import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.stats.ClusteredMean;
import dev.evalunit.stats.ClusteredResult;
import dev.evalunit.stats.Interval;
import dev.evalunit.stats.McNemarTest;
import dev.evalunit.stats.NewcombeInterval;
import dev.evalunit.stats.PairedCases;
import dev.evalunit.stats.PairedResult;
import dev.evalunit.stats.PairedTTest;
import dev.evalunit.stats.PairedTable;
import dev.evalunit.stats.SignFlipResult;
import dev.evalunit.stats.SignFlipTest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The interval and p-value of a paired difference, by the method that fits the data: cluster-robust when cases
 * share clusters, Newcombe and exact McNemar for a 0/1 metric with one repeat per case, the exact sign-flip test
 * with its inverted interval up to {@link SignFlipTest#EXACT_UP_TO} cases (no normality needed, and identical
 * differences are not infinite evidence), the paired t analysis above that.
 *
 * @param difference mean per-case difference, treatment − control
 * @param ciLow      lower bound
 * @param ciHigh     upper bound
 * @param pValue     two-sided p-value
 * @param method     one of the {@link MetricDifference} method names
 */
record PairedEstimate(double difference, double ciLow, double ciHigh, double pValue, String method) {

    /**
     * @param clusterKeys the cluster of every case in suite order; empty when no case names one
     */
    static PairedEstimate of(double[][] control, double[][] treatment, PairedCases cases,
                             Optional<List<String>> clusterKeys, double confidence) {
        if (clusterKeys.isPresent() && clusters(cases, clusterKeys.get()) >= 2) {
            ClusteredResult r = ClusteredMean.ofDifferences(cases, clusterKeys.get(), confidence);
            return new PairedEstimate(r.mean(), r.ciLow(), r.ciHigh(), r.pValue(), MetricDifference.CLUSTERED);
        }
        if (binary(control) && binary(treatment)) {
            PairedTable table = PairedTable.of(passed(cases.controlMeans()), passed(cases.treatmentMeans()));
            Interval interval = NewcombeInterval.pairedDifference(table, confidence);
            return new PairedEstimate(table.difference(), interval.low(), interval.high(),
                    McNemarTest.exact(table).pValue(), MetricDifference.BINARY);
        }
        if (cases.size() <= SignFlipTest.EXACT_UP_TO) {
            return signFlip(cases, confidence);
        }
        PairedResult t = PairedTTest.test(cases, confidence);
        return new PairedEstimate(t.difference(), t.ciLow(), t.ciHigh(), t.pValue(), MetricDifference.PAIRED_T);
    }

    /**
     * Too few cases for the test to reject any shift leave the interval unbounded; the range of the per-case
     * differences, widened to 0, stands in for it so that it still contains 0 as the p-value says.
     */
    private static PairedEstimate signFlip(PairedCases cases, double confidence) {
        SignFlipResult r = SignFlipTest.test(cases, confidence);
        if (r.bounded()) {
            return new PairedEstimate(r.difference(), r.ciLow(), r.ciHigh(), r.pValue(), MetricDifference.SIGN_FLIP);
        }
        double[] d = cases.differences();
        double low = Math.min(0, Arrays.stream(d).min().orElseThrow());
        double high = Math.max(0, Arrays.stream(d).max().orElseThrow());
        return new PairedEstimate(r.difference(), low, high, r.pValue(), MetricDifference.SIGN_FLIP);
    }

    private static int clusters(PairedCases cases, List<String> keys) {
        return (int) Arrays.stream(cases.caseIndices()).mapToObj(keys::get).distinct().count();
    }

    /** Every case has at most one value, and every value is 0 or 1. */
    private static boolean binary(double[][] values) {
        return Arrays.stream(values).allMatch(r -> r.length <= 1 && (r.length == 0 || r[0] == 0 || r[0] == 1));
    }

    private static boolean[] passed(double[] values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == 1;
        }
        return out;
    }
}
