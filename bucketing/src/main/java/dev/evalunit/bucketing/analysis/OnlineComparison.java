package dev.evalunit.bucketing.analysis;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A treatment against the control on one metric (fixed-horizon test, for display; decisions use the
 * sequential test), analysed per randomisation unit: per-unit sums and counts, the metric per request as their
 * ratio, its variance by the delta method. {@code difference = treatment − control}.
 *
 * @param metric         the metric
 * @param test           {@code delta-method}
 * @param control        the control's mean or rate per request
 * @param treatment      the treatment's mean or rate per request
 * @param difference     treatment − control
 * @param ciLow          lower end of the 95% interval of the difference
 * @param ciHigh         upper end of the 95% interval of the difference
 * @param pValue         two-sided p-value
 * @param controlUnits   units of the control behind it
 * @param treatmentUnits units of the treatment behind it
 * @param pValueWorse    one-sided p-value of "the treatment is worse" (the guardrail test)
 * @param adjustedPValue {@code pValue} adjusted by Holm over the treatments, so several treatments stay honest
 * @param lift           the relative change and its interval, when the control's value is not 0
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OnlineComparison(OnlineMetric metric, String test, double control, double treatment, double difference,
                               double ciLow, double ciHigh, double pValue, long controlUnits, long treatmentUnits,
                               double pValueWorse, double adjustedPValue, Optional<Lift> lift) {
}
