package dev.evalunit.bucketing.winner;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why the decision was taken: the primary metric's difference (winner minus baseline) with its interval
 * and p-value, on how many cases and repeats, and the decision rule in words.
 *
 * @param metric       the primary metric's name
 * @param difference   winner minus baseline on that metric
 * @param intervalLow  lower end of the difference's confidence interval
 * @param intervalHigh upper end of the difference's confidence interval
 * @param pValue       the p-value of the primary comparison, in [0, 1]
 * @param cases        number of cases compared (at least 1)
 * @param repeats      repeats per case (at least 1)
 * @param decisionRule the rule that turned the evidence into the decision, in words
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WinnerEvidence(String metric, double difference, double intervalLow, double intervalHigh,
                             double pValue, int cases, int repeats, String decisionRule) {

    public WinnerEvidence {
        requireText("metric", metric);
        requireText("decisionRule", decisionRule);
        requireFinite("difference", difference);
        requireFinite("intervalLow", intervalLow);
        requireFinite("intervalHigh", intervalHigh);
        if (intervalLow > intervalHigh) {
            throw new InvalidConfigException("intervalLow",
                    "must not exceed intervalHigh, was " + intervalLow + " > " + intervalHigh);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new InvalidConfigException("pValue", "must be in [0, 1], was " + pValue);
        }
        if (cases < 1) {
            throw new InvalidConfigException("cases", "must be >= 1, was " + cases);
        }
        if (repeats < 1) {
            throw new InvalidConfigException("repeats", "must be >= 1, was " + repeats);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(field, "must be a non-blank string");
        }
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidConfigException(field, "must be a finite number, was " + value);
        }
    }
}
