package dev.evalunit.reports.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A suite built for the report's review, run by {@link ReviewBrowserTest}: the model answers with the quality it
 * should get. The baseline scores 0.5 everywhere. Under the treatment, cases q1, q4, q7, q10 get worse (0.2),
 * q2, q5, q8, q11 get better (0.9), and q3, q6, q9, q12 stay level on average while their repeats disagree:
 * q3 and q9 score 0.4 and 0.6 (mean 0.5, no difference), q6 and q12 score 0.3 and 0.9 (mean 0.6, better although
 * one repeat is worse). Only the mean over the repeats decides whether a case got worse. Its pass rate is 0 so that
 * its cases pass even when a test filter lets Surefire run the suite itself.
 */
@EvalSuite(id = "review", repeats = 2, passRate = 0.0)
@Compare(baseline = "base", primary = "quality")
public class ReviewSuite {

    /** The cases the treatment makes worse. */
    public static final List<String> WORSE = List.of("q1", "q4", "q7", "q10");

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 12).mapToObj(i -> Case.of("q" + i, Map.of("question", "question " + i)))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(
                QuestionVariants.asking("base", "Base", "steady"),
                QuestionVariants.asking("treatment", "Treatment", "mixed"));
    }

    @InProcessModel("steady")
    String steady(ModelRequest request) {
        return "0.5";
    }

    @InProcessModel("mixed")
    String mixed(ModelRequest request) {
        int n = QuestionVariants.number(request);
        boolean first = request.repeat() == 0;
        return switch (n % 3) {
            case 1 -> "0.2";
            case 2 -> "0.9";
            default -> n % 6 == 3 ? (first ? "0.4" : "0.6") : (first ? "0.3" : "0.9");
        };
    }

    @EvalScorer(threshold = 0.5)
    Score quality(ScoringInput input) {
        double value = Double.parseDouble(input.output().trim());
        return Score.of("quality", value, value >= 0.5, "the answer states its quality");
    }
}
