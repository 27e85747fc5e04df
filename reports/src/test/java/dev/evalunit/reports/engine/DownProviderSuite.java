package dev.evalunit.reports.engine;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Export;
import dev.evalunit.api.Gate;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A suite whose every call fails, run through the real engine by {@link AllErrorReportTest}: the baseline's
 * provider is overloaded (HTTP 503 on every case), the treatment's rejects the request on even cases and
 * times out on odd ones. No sample has an output, so there is nothing to compare; the report must still say why.
 * The suite fails by design (its gate and its export); only {@link AllErrorReportTest} runs it.
 */
@EvalSuite(id = "down-provider", repeats = 2, passRate = 0.0)
@Compare(baseline = "base", primary = "answered")
@Export
@Gate(name = "error rate", metric = "error_rate", max = 0.1)
public class DownProviderSuite {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 6).mapToObj(i -> Case.of("q" + i, Map.of("question", "question " + i)))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(
                QuestionVariants.asking("base", "Base", "overloaded"),
                QuestionVariants.asking("treatment", "Treatment", "rejecting"));
    }

    @InProcessModel("overloaded")
    String overloaded(ModelRequest request) {
        throw new ModelCallException(ErrorKind.SERVER_ERROR, "HTTP 503 from provider 'inprocess'");
    }

    @InProcessModel("rejecting")
    String rejecting(ModelRequest request) {
        if (QuestionVariants.number(request) % 2 == 0) {
            throw new ModelCallException(ErrorKind.CLIENT_ERROR, "HTTP 400 from provider 'inprocess'");
        }
        throw new ModelCallException(ErrorKind.TIMEOUT, "no answer from provider 'inprocess' in 30s");
    }

    @EvalScorer(threshold = 1.0)
    Score answered(ScoringInput input) {
        return Score.check("answered", !input.output().isBlank(), "the reply is not empty");
    }
}
