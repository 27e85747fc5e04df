package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;

/**
 * How a run with adaptive repeats spent its calls: the {@code adaptiveRepeats} block of {@code summary.json}. Every
 * case got a first round of repeats for every variant; the rest of the fixed design's budget (variants × cases ×
 * repeats) then went, a case's variants together, to the cases whose repeats disagreed most on the metric, until
 * the budget was spent or no case disagreed. Each case still counts once (its mean over its repeats) in the
 * comparison.
 *
 * @param metric           the metric whose disagreement between repeats steered the repeats (pass/fail flips
 *                         count too)
 * @param firstRound       repeats every (variant, case) got first
 * @param maxRepeats       the most repeats one (variant, case) may get
 * @param cases            the cases of the run
 * @param casesGivenMore   cases that got more repeats than the first round
 * @param casesStopped     cases whose repeats agreed, so they stopped at fewer repeats than the fixed design
 * @param callsBudget      model calls the fixed design makes (variants × cases × repeats)
 * @param callsMade        model calls made
 * @param callsSaved       {@code callsBudget − callsMade}
 * @param callsReallocated calls made beyond the fixed design's repeats, on cases whose repeats disagreed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AdaptiveRepeatsResult(String metric, int firstRound, int maxRepeats, int cases, int casesGivenMore,
                                    int casesStopped, long callsBudget, long callsMade, long callsSaved,
                                    long callsReallocated) {

    public AdaptiveRepeatsResult {
        Objects.requireNonNull(metric, "metric");
    }
}
