package dev.evalunit.judges.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.Case;
import dev.evalunit.api.run.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well a judge agrees with human labels or scores in the dataset, with a flag on every statistic below
 * its bar (or undefined for the data): Cohen's κ and nominal Krippendorff's α for labels; Spearman's ρ and
 * interval Krippendorff's α for scores.
 */
@API(status = INTERNAL, since = "0.1")
public final class JudgeCalibration {

    /**
     * The bars a judge must reach. Defaults: κ 0.6 ("substantial"), ρ 0.6, α 0.667 (Krippendorff's lowest
     * bar for tentative conclusions).
     */
    public record Bars(double kappa, double spearman, double alpha) {

        public static final Bars DEFAULT = new Bars(0.6, 0.6, 0.667);

        public Bars {
            for (double bar : new double[] {kappa, spearman, alpha}) {
                if (!(bar >= -1 && bar <= 1)) {
                    throw new IllegalArgumentException("agreement bars lie in [-1, 1], was " + bar);
                }
            }
        }
    }

    /**
     * One agreement statistic.
     *
     * @param statistic e.g. {@code cohens-kappa}
     * @param value     the value; empty when undefined for the data (e.g. a rater who always says the same)
     * @param n         items compared
     * @param bar       the bar it must reach
     * @param flagged   below the bar or undefined
     */
    public record Agreement(String statistic, OptionalDouble value, int n, double bar, boolean flagged) {

        static Agreement of(String statistic, OptionalDouble value, int n, double bar) {
            return new Agreement(statistic, value, n, bar, value.isEmpty() || value.getAsDouble() < bar);
        }
    }

    private JudgeCalibration() {
    }

    /** Judge labels against human labels, item by item. */
    public static List<Agreement> labels(List<String> judge, List<String> human, Bars bars) {
        return List.of(Agreement.of("cohens-kappa", AgreementStatistics.cohensKappa(judge, human), judge.size(), bars.kappa()),
                Agreement.of("krippendorff-alpha-nominal", AgreementStatistics.krippendorffAlpha(
                        AgreementStatistics.codeLabels(judge, human), AgreementStatistics.Level.NOMINAL),
                        judge.size(), bars.alpha()));
    }

    /** Judge scores against human scores, item by item. */
    public static List<Agreement> scores(double[] judge, double[] human, Bars bars) {
        return List.of(Agreement.of("spearman", AgreementStatistics.spearman(judge, human), judge.length, bars.spearman()),
                Agreement.of("krippendorff-alpha-interval", AgreementStatistics.krippendorffAlpha(
                        new double[][] {judge, human}, AgreementStatistics.Level.INTERVAL), judge.length, bars.alpha()));
    }

    /**
     * A judge's scores against the human scores in a case field: each case's judge value is the mean of its
     * usable scores (over samples and judge repeats); cases with no usable score are left out.
     *
     * @throws IllegalArgumentException naming the case when its human score is missing or not a number, or
     *                                  when no case has a usable judge score
     */
    public static List<Agreement> againstHumanScores(Map<Case, List<Score>> judged, String humanField, Bars bars) {
        List<Double> judge = new ArrayList<>();
        List<Double> human = new ArrayList<>();
        judged.forEach((testCase, scores) -> {
            OptionalDouble mean = scores.stream().filter(score -> !score.isError())
                    .mapToDouble(score -> score.value().getAsDouble()).average();
            if (mean.isPresent()) {
                judge.add(mean.getAsDouble());
                human.add(number(testCase, humanField));
            }
        });
        if (judge.isEmpty()) {
            throw new IllegalArgumentException("no case has a usable judge score to calibrate against '" + humanField + "'");
        }
        return scores(judge.stream().mapToDouble(Double::doubleValue).toArray(),
                human.stream().mapToDouble(Double::doubleValue).toArray(), bars);
    }

    private static double number(Case testCase, String field) {
        Optional<Object> value = testCase.field(field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("case '" + testCase.id() + "' has no human score in field '" + field + "'");
        }
        if (value.get() instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value.get()).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("case '" + testCase.id() + "' field '" + field
                    + "' must hold a number (a human score), was '" + value.get() + "'");
        }
    }
}
