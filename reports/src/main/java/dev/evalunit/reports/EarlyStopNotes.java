package dev.evalunit.reports;

import dev.evalunit.api.run.EarlyStopResult;
import dev.evalunit.api.run.RunSummary;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report's sentence on the run's anytime-valid early stop, when it was on. */
final class EarlyStopNotes {

    private EarlyStopNotes() {
    }

    static Optional<String> of(RunSummary summary) {
        return summary.earlyStop().map(EarlyStopNotes::sentence);
    }

    private static String sentence(EarlyStopResult stop) {
        String sequences = stop.treatments().stream().map(t -> String.format(Locale.ROOT,
                        "%s %s, sequence [%.4g, %.4g] over %d pairs", t.variantId(), t.outcome(), t.ciLow(), t.ciHigh(),
                        t.pairs()))
                .collect(Collectors.joining("; "));
        String saved = String.format(Locale.ROOT, "%d of %d calls saved (%.1f%%)", stop.callsSaved(),
                stop.callsPlanned(), stop.callsPlanned() == 0 ? 0.0 : 100.0 * stop.callsSaved() / stop.callsPlanned());
        String how = String.format(Locale.ROOT, "anytime-valid at α %s per treatment (%s) on %s: %s", stop.alpha(),
                stop.method(), stop.metric(), sequences);
        if (stop.stopped()) {
            return "Early stop after " + stop.casesRun() + " of " + stop.cases() + " cases: " + saved
                    + "; the stop was " + how + ".";
        }
        return "Early stop on, every case ran" + (stop.note().isEmpty() ? "" : " (" + stop.note() + ")") + ": " + saved
                + "; " + how + ".";
    }
}
