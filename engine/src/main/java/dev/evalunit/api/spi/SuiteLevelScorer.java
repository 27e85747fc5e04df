package dev.evalunit.api.spi;

import java.util.concurrent.CompletionStage;

/**
 * Scores a whole suite once all its variants have run and before they are compared: confusion matrices,
 * pairwise judgements, judge noise, calibration. A suite-level scorer must not throw for bad model output;
 * a failure of the stage becomes a discovery-free error that the engine reports on the suite.
 */
@FunctionalInterface
public interface SuiteLevelScorer {

    /**
     * @param results every variant's scored samples, per case
     * @param context engine services; judge calls go through the scheduler and the response cache
     */
    CompletionStage<SuiteScoring> score(SuiteResults results, ScoringContext context);
}
