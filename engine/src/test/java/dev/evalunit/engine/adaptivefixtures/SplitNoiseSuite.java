package dev.evalunit.engine.adaptivefixtures;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.spi.ScoringInput;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Twenty cases, two variants, four repeats: on the even cases both models answer the same number every time; on
 * the odd ones each answer is uniform on [0, 1], drawn afresh per repeat. Every call is counted per model and case.
 */
@EvalSuite(id = "split-noise", repeats = 4)
@Compare(baseline = "first", primary = "quality", minEffect = 0.05)
public class SplitNoiseSuite {

    /** Calls made, by "model:case number". */
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** Whether case {@code n}'s answers vary between repeats. */
    public static boolean noisy(int n) {
        return n % 2 == 1;
    }

    @Dataset
    List<Case> dataset() {
        return IntStream.range(0, 20).mapToObj(i -> new Case("c" + i, Map.of("n", i), Optional.empty())).toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("first"), variant("second"));
    }

    @InProcessModel("first")
    String first(ModelRequest request) {
        return answer("first", request);
    }

    @InProcessModel("second")
    String second(ModelRequest request) {
        return answer("second", request);
    }

    @EvalScorer(name = "quality")
    Score quality(ScoringInput input) {
        return Score.of("quality", Double.parseDouble(input.output()), true, null);
    }

    private static Variant variant(String model) {
        return new Variant(model, model, ModelRef.parse("inprocess:" + model), Optional.empty(), Optional.of("{{n}}"),
                SamplingParams.DEFAULTS);
    }

    private static String answer(String model, ModelRequest request) {
        int n = Integer.parseInt(request.messages().get(request.messages().size() - 1).text().trim());
        CALLS.computeIfAbsent(model + ":" + n, k -> new AtomicInteger()).incrementAndGet();
        double value = noisy(n) ? new SplittableRandom(model.hashCode() * 1_000_003L + n * 7919L + request.repeat())
                .nextDouble() : 0.25 + n / 100.0;
        return Double.toString(value);
    }
}
