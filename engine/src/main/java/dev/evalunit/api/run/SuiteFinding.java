package dev.evalunit.api.run;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A suite-level result of one declared scorer, as it lands in {@code summary.json}'s {@code findings}: each
 * carries a {@code kind} property ({@code confusion-matrix}, {@code pairwise}, {@code judge-noise},
 * {@code calibration}, {@code failed}), the scorer name, the metric and the variant it is about.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SuiteFinding.Confusion.class, name = "confusion-matrix"),
        @JsonSubTypes.Type(value = SuiteFinding.Pairwise.class, name = "pairwise"),
        @JsonSubTypes.Type(value = SuiteFinding.JudgeNoise.class, name = "judge-noise"),
        @JsonSubTypes.Type(value = SuiteFinding.Calibration.class, name = "calibration"),
        @JsonSubTypes.Type(value = SuiteFinding.Failed.class, name = "failed")})
public sealed interface SuiteFinding {

    /** The declared scorer, e.g. {@code label-match}. */
    String scorer();

    /** The metric the finding is about (the scorer's score name). */
    String metric();

    /** The variant the finding is about. */
    String variantId();

    /** One line for people: a report entry, a console line. */
    String summary();

    /**
     * A classification confusion matrix over a variant's scored samples.
     *
     * @param labels   every label seen, expected or predicted, sorted
     * @param counts   counts[expected][predicted], indexed like {@code labels}
     * @param errors   error scores left out
     * @param accuracy share predicted correctly; empty with no scored sample
     * @param macroF1  mean F1 over labels whose F1 is defined; empty when none is
     */
    record Confusion(String scorer, String metric, String variantId, List<String> labels, List<List<Integer>> counts,
                     int errors, OptionalDouble accuracy, OptionalDouble macroF1) implements SuiteFinding {

        public Confusion {
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            labels = List.copyOf(labels);
            counts = counts.stream().map(List::copyOf).toList();
            Objects.requireNonNull(accuracy, "accuracy");
            Objects.requireNonNull(macroF1, "macroF1");
            int size = labels.size();
            if (counts.size() != size || counts.stream().anyMatch(row -> row.size() != size)) {
                throw new IllegalArgumentException("counts must be " + size + " x " + size);
            }
        }

        @Override
        public String summary() {
            return metric + " on " + variantId + ": accuracy " + Findings.percent(accuracy) + ", macro F1 "
                    + Findings.number(macroF1) + " over " + labels.size() + " labels"
                    + (errors > 0 ? ", " + errors + " error score(s) left out" : "");
        }
    }

    /**
     * A variant's pairwise verdicts against the baseline on the same cases, each judged in both orders.
     *
     * @param baselineId     the variant compared against
     * @param wins           verdicts where both orders preferred this variant
     * @param losses         verdicts where both orders preferred the baseline
     * @param ties           ties, including disagreements between the orders
     * @param positionBiased disagreements between the orders (counted in {@code ties})
     * @param failed         verdicts whose judge reply was unusable or whose call failed (left out of the rates)
     * @param winRate        (wins + ties / 2) / decided verdicts; empty with none decided
     * @param positionBias   positionBiased / decided verdicts; empty with none decided
     * @param favouredPosition {@code first} or {@code second}: the position the judge picked in most of the
     *                       disagreements, when it picked one more often
     * @param maxPositionBias  the position bias above which the judge is flagged ({@link #biased()})
     */
    record Pairwise(String scorer, String metric, String variantId, String baselineId, int wins, int losses,
                    int ties, int positionBiased, int failed, OptionalDouble winRate, OptionalDouble positionBias,
                    Optional<String> favouredPosition, double maxPositionBias) implements SuiteFinding {

        /** The position bias above which a pairwise judge is flagged unless the suite says otherwise. */
        public static final double DEFAULT_MAX_POSITION_BIAS = 0.3;

        public Pairwise {
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(baselineId, "baselineId");
            Objects.requireNonNull(winRate, "winRate");
            Objects.requireNonNull(positionBias, "positionBias");
            favouredPosition = Objects.requireNonNullElse(favouredPosition, Optional.empty());
            maxPositionBias = maxPositionBias == 0 ? DEFAULT_MAX_POSITION_BIAS : maxPositionBias;
        }

        /** A tally with no favoured position recorded, at the default limit. */
        public Pairwise(String scorer, String metric, String variantId, String baselineId, int wins, int losses,
                        int ties, int positionBiased, int failed, OptionalDouble winRate, OptionalDouble positionBias) {
            this(scorer, metric, variantId, baselineId, wins, losses, ties, positionBiased, failed, winRate,
                    positionBias, Optional.empty(), DEFAULT_MAX_POSITION_BIAS);
        }

        /**
         * Whether the judge's verdicts depend on the order it was shown the outputs more often than
         * {@code maxPositionBias}: then the judge, not the variants, decides the pairs, and more cases cannot help.
         */
        public boolean biased() {
            return positionBias.isPresent() && positionBias.getAsDouble() > maxPositionBias;
        }

        @Override
        public String summary() {
            return metric + ": " + variantId + " vs " + baselineId + " " + wins + " wins, " + ties + " ties, "
                    + losses + " losses (win rate " + Findings.percent(winRate) + "), position bias "
                    + Findings.percent(positionBias) + favouredPosition.map(p -> " (favours the " + p + " shown)")
                    .orElse("") + (failed > 0 ? ", " + failed + " failed" : "") + (biased() ? "; WARNING above the "
                    + Findings.percent(OptionalDouble.of(maxPositionBias)) + " limit: the judge's order, not the "
                    + "variants, decides these pairs" : "");
        }
    }

    /**
     * How much a repeated judge disagrees with itself on a variant's samples.
     *
     * @param samples       samples with at least two usable judge repeats
     * @param judgements    usable judgements in those samples
     * @param errors        error scores left out
     * @param judgeSd       pooled standard deviation between repeats of one sample; empty with no repeated sample
     * @param meanRange     mean of (max − min) over those samples; empty likewise
     * @param agreementRate share of those samples whose repeats all gave the same score; empty likewise
     * @param judgeShare    the judge's share of the within-case variance of the per-sample scores (its variance over
     *                      the judge repeats, against the variance between one case's samples); empty when not
     *                      estimable (one generation repeat, or identical samples)
     */
    record JudgeNoise(String scorer, String metric, String variantId, int samples, int judgements, int errors,
                      OptionalDouble judgeSd, OptionalDouble meanRange, OptionalDouble agreementRate,
                      OptionalDouble judgeShare) implements SuiteFinding {

        /** A measurement without the judge's share of the within-case variance. */
        public JudgeNoise(String scorer, String metric, String variantId, int samples, int judgements, int errors,
                          OptionalDouble judgeSd, OptionalDouble meanRange, OptionalDouble agreementRate) {
            this(scorer, metric, variantId, samples, judgements, errors, judgeSd, meanRange, agreementRate,
                    OptionalDouble.empty());
        }

        /** Whether the judge's noise is most of the noise between a case's samples, so judge repeats help most. */
        public boolean judgeDominates() {
            return judgeShare.isPresent() && judgeShare.getAsDouble() > 0.5;
        }

        public JudgeNoise {
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(judgeSd, "judgeSd");
            Objects.requireNonNull(meanRange, "meanRange");
            Objects.requireNonNull(agreementRate, "agreementRate");
            judgeShare = Objects.requireNonNullElse(judgeShare, OptionalDouble.empty());
        }

        @Override
        public String summary() {
            return metric + " judge noise on " + variantId + ": SD " + Findings.number(judgeSd) + " between repeats, "
                    + Findings.percent(agreementRate) + " of " + samples + " samples unanimous"
                    + (judgeShare.isPresent() ? ", " + Findings.percent(judgeShare) + " of the within-case variance"
                    : "") + (judgeDominates() ? "; the judge's noise dominates: more judge repeats (one judge call "
                    + "each) narrow the interval more cheaply than more generation repeats" : "");
        }
    }

    /**
     * How well a judge agrees with the human labels or scores in a case field, on a variant's outputs.
     *
     * @param humanField the case field holding the human label or score
     * @param agreements each agreement statistic with its bar
     */
    record Calibration(String scorer, String metric, String variantId, String humanField,
                       List<Agreement> agreements) implements SuiteFinding {

        public Calibration {
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(humanField, "humanField");
            agreements = List.copyOf(agreements);
        }

        /** Whether some statistic is below its bar or undefined. */
        public boolean flagged() {
            return agreements.stream().anyMatch(Agreement::flagged);
        }

        @Override
        public String summary() {
            StringBuilder text = new StringBuilder(metric + " vs human '" + humanField + "' on " + variantId + ":");
            for (Agreement agreement : agreements) {
                text.append(' ').append(agreement.statistic()).append(' ').append(Findings.number(agreement.value()))
                        .append(agreement.flagged() ? " (below " + agreement.bar() + ")" : "");
            }
            return text.toString();
        }
    }

    /**
     * One agreement statistic.
     *
     * @param statistic e.g. {@code cohens-kappa}, {@code spearman}, {@code krippendorff-alpha-interval}
     * @param value     the value; empty when undefined for the data
     * @param n         items compared
     * @param bar       the bar it must reach
     * @param flagged   below the bar or undefined
     */
    record Agreement(String statistic, OptionalDouble value, int n, double bar, boolean flagged) {

        public Agreement {
            Objects.requireNonNull(statistic, "statistic");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A suite-level scorer that could not produce its findings.
     *
     * @param variantId the variant it concerns, or {@code *} when it concerns every variant
     * @param error     what went wrong
     */
    record Failed(String scorer, String metric, String variantId, String error) implements SuiteFinding {

        public Failed {
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variantId, "variantId");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String summary() {
            return "scorer '" + scorer + "' failed: " + error;
        }
    }
}
