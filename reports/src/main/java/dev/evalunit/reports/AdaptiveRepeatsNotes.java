package dev.evalunit.reports;

import dev.evalunit.api.run.AdaptiveRepeatsResult;
import dev.evalunit.api.run.RunSummary;

import java.util.Locale;
import java.util.Optional;

/** The report's sentence on how adaptive repeats spent the run's calls, when they were on. */
final class AdaptiveRepeatsNotes {

    private AdaptiveRepeatsNotes() {
    }

    static Optional<String> of(RunSummary summary) {
        return summary.adaptiveRepeats().map(AdaptiveRepeatsNotes::sentence);
    }

    private static String sentence(AdaptiveRepeatsResult adaptive) {
        return String.format(Locale.ROOT, "Adaptive repeats on %s: %d of %d calls made, %d saved (%.1f%%), %d"
                        + " reallocated; %d of %d cases got more than %d repeats, %d stopped early (at most %d"
                        + " repeats per variant and case).", adaptive.metric(), adaptive.callsMade(),
                adaptive.callsBudget(), adaptive.callsSaved(),
                adaptive.callsBudget() == 0 ? 0.0 : 100.0 * adaptive.callsSaved() / adaptive.callsBudget(),
                adaptive.callsReallocated(), adaptive.casesGivenMore(), adaptive.cases(), adaptive.firstRound(),
                adaptive.casesStopped(), adaptive.maxRepeats());
    }
}
