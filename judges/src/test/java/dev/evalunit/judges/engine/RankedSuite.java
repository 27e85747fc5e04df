package dev.evalunit.judges.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Eight questions answered by three in-process variants whose answers are always 2, 3 to 5, and 8 words long;
 * {@code rank-variants} ranks all three on the word count, fewer being better.
 */
@EvalSuite(id = "ranked", repeats = 1, passRate = 0.0)
@UseScorer(name = "length", options = {"metric: words", "unit: words", "max: 100"})
@UseScorer(name = "rank-variants", options = {"rank: words", "direction: lower"})
public class RankedSuite {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 8).mapToObj(i -> Case.of("q" + i, Map.of("n", Integer.toString(i))))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("verbose"), variant("medium"), variant("terse"));
    }

    private static Variant variant(String id) {
        return new Variant(id, id, ModelRef.parse("inprocess:" + id), Optional.empty(), Optional.of("{{n}}"),
                SamplingParams.DEFAULTS);
    }

    @InProcessModel("terse")
    String terse(ModelRequest request) {
        return "Short answer.";
    }

    @InProcessModel("medium")
    String medium(ModelRequest request) {
        int n = Integer.parseInt(request.messages().get(request.messages().size() - 1).text());
        return String.join(" ", List.of("A", "medium", "answer", "with", "words").subList(0, 3 + n % 3));
    }

    @InProcessModel("verbose")
    String verbose(ModelRequest request) {
        return "This is a long answer of eight words.";
    }
}
