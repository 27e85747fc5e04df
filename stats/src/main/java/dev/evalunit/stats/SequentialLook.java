package dev.evalunit.stats;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One look of the mixture sequential probability ratio test (mSPRT) at the data so far. The values are
 * valid at this look on their own; combine looks with {@link SequentialState} to get the always-valid
 * p-value (running minimum) and confidence sequence (running intersection).
 *
 * @param difference            treatment − control estimate at this look
 * @param se                    standard error of {@code difference}
 * @param logLikelihoodRatio    natural log of the mixture likelihood ratio Λ against "no difference"
 * @param pValue                {@code min(1, 1/Λ)}: valid at any stopping time
 * @param ciLow                 lower bound of the confidence sequence at this look
 * @param ciHigh                upper bound of the confidence sequence at this look
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SequentialLook(double difference, double se, double logLikelihoodRatio, double pValue,
                             double ciLow, double ciHigh) {
}
