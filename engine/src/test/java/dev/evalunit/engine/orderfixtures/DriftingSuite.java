package dev.evalunit.engine.orderfixtures;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * An A/A pair against a provider that slows down during the run: {@code base} and {@code twin} are the same
 * model, whose latency is 100 ms plus 0.5 ms per call made so far (the drift) plus normal noise (sd 5 ms).
 * Every call is logged in the order it was made.
 */
@EvalSuite(id = "drift", repeats = 2)
@Compare(baseline = "base", primary = "latency_ms", secondary = {"error_rate"})
public class DriftingSuite {

    /** The calls made since {@link #reset}, as {@code variant/case/repeat}, in call order. */
    public static final List<String> CALLS = new ArrayList<>();
    private static Random noise = new Random(0);

    /** Starts a new simulated run: the drift starts over and the noise follows {@code seed}. */
    public static synchronized void reset(long seed) {
        CALLS.clear();
        noise = new Random(seed);
    }

    @Dataset
    List<Case> dataset() {
        return IntStream.range(0, 40).mapToObj(i -> new Case("c" + i, Map.of("n", i), Optional.empty())).toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("base"), variant("twin"));
    }

    @InProcessModel("base")
    ModelResponse base(ModelRequest request) {
        return drifting(request);
    }

    @InProcessModel("twin")
    ModelResponse twin(ModelRequest request) {
        return drifting(request);
    }

    @EvalScorer(name = "answered")
    Score answered(ScoringInput input) {
        return Score.of("answered", input.output().isEmpty() ? 0 : 1, true, null);
    }

    private static synchronized ModelResponse drifting(ModelRequest request) {
        double millis = 100 + 0.5 * CALLS.size() + 5 * noise.nextGaussian();
        CALLS.add(request.model().model() + "/c" + request.messages().get(request.messages().size() - 1).text().trim()
                + "/" + request.repeat());
        return ModelResponse.of("ok", Duration.ofNanos((long) (millis * 1_000_000)));
    }

    private static Variant variant(String model) {
        return new Variant(model, model, ModelRef.parse("inprocess:" + model), Optional.empty(), Optional.of("{{n}}"),
                SamplingParams.DEFAULTS);
    }
}
