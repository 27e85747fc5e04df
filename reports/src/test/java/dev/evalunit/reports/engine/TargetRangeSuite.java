package dev.evalunit.reports.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.spi.ScoringInput;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A suite with a target range, run by {@link TargetRangeReportTest}: summaries should have 2–3 sentences. The
 * baseline writes 4 or 5 (more, so "higher" if the range were ignored), the treatment 2 or 3 (inside the range).
 * Its pass rate is 0 so that its cases pass even when a test filter lets Surefire run the suite itself.
 */
@EvalSuite(id = "target-range", passRate = 0.0)
@Compare(baseline = "long", primary = "sentences", directions = "sentences=[2, 3]")
public class TargetRangeSuite {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> Case.of("t" + i, Map.of("question", "text " + i)))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(
                QuestionVariants.asking("long", "Long", "long"),
                QuestionVariants.asking("brief", "Brief", "brief"));
    }

    @InProcessModel("long")
    String longSummary(ModelRequest request) {
        return QuestionVariants.number(request) % 2 == 0 ? "One. Two. Three. Four." : "One. Two. Three. Four. Five.";
    }

    @InProcessModel("brief")
    String briefSummary(ModelRequest request) {
        return QuestionVariants.number(request) % 2 == 0 ? "One. Two." : "One. Two. Three.";
    }

    @EvalScorer
    Score sentences(ScoringInput input) {
        long count = input.output().chars().filter(c -> c == '.').count();
        return Score.of("sentences", count, true, count + " sentences");
    }
}
