package dev.evalunit.api.run;

import dev.evalunit.stats.TreatmentVerdict;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;

/**
 * How a run with the anytime-valid early stop ended: the {@code earlyStop} block of {@code summary.json}. Cases
 * ran in a random order, every variant of a case together, and after each case the confidence sequence of every
 * treatment's primary-metric difference was looked at; the run stopped at the first look where each treatment's
 * sequence decided. A confidence sequence holds at every look at once, so stopping at the first decisive look keeps
 * the false-positive rate at {@code alpha}: the stop is anytime-valid.
 *
 * @param anytimeValid  whether the stop was decided by an anytime-valid confidence sequence (always true when the
 *                      block is written; stated so a reader of the file need not know the engine)
 * @param method        the confidence sequence's construction
 * @param metric        the primary metric the sequences follow
 * @param alpha         the error rate of each treatment's sequence (the suite's alpha split over its treatments)
 * @param stopped       whether the run stopped before its last case
 * @param casesRun      cases whose every variant was submitted
 * @param cases         the cases of the suite
 * @param callsPlanned  model calls a full run makes (variants × cases × repeats)
 * @param callsMade     model calls submitted before the stop (including those in flight when it came)
 * @param callsSaved    {@code callsPlanned − callsMade}
 * @param treatments    each treatment's sequence at the end of the run, in suite order
 * @param note          why the run could not stop early, when it could not (for instance a metric outside [0, 1]);
 *                      empty otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EarlyStopResult(boolean anytimeValid, String method, String metric, double alpha, boolean stopped,
                              int casesRun, int cases, long callsPlanned, long callsMade, long callsSaved,
                              List<Treatment> treatments, String note) {

    public EarlyStopResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(metric, "metric");
        treatments = List.copyOf(treatments);
        Objects.requireNonNull(note, "note");
    }

    /**
     * One treatment's confidence sequence for (treatment − baseline) of the primary metric.
     *
     * @param variantId the treatment
     * @param pairs     paired cases the sequence saw
     * @param mean      mean paired difference over them
     * @param ciLow     lower bound of the sequence at the last look
     * @param ciHigh    upper bound of the sequence at the last look
     * @param outcome   the decision the sequence supports ({@link TreatmentVerdict#CONTINUE} when undecided)
     */
    public record Treatment(String variantId, int pairs, double mean, double ciLow, double ciHigh,
                            TreatmentVerdict outcome) {

        public Treatment {
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
