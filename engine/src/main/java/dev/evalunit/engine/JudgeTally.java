package dev.evalunit.engine;

import dev.evalunit.api.run.JudgeTotals;
import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.run.Score;

import java.util.List;

/** Counts the judge scores of scored samples: how many, how many in error, and the judge calls' usage. */
final class JudgeTally {

    private JudgeTally() {
    }

    static JudgeTotals of(List<ScoredSample> samples) {
        long scores = 0;
        long errors = 0;
        JudgeUsage usage = JudgeUsage.NONE;
        for (ScoredSample scored : samples) {
            for (Score score : scored.scores()) {
                if (score.isJudged()) {
                    scores++;
                    errors += score.isError() ? 1 : 0;
                    usage = usage.plus(score.judgeUsage().orElse(JudgeUsage.NONE));
                }
            }
        }
        return JudgeTotals.of(scores, errors, usage);
    }
}
