package dev.evalunit.engine.adaptivefixtures;

import dev.evalunit.api.Compare;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.engine.decisionfixtures.QualityModels;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Twenty cases, two variants, four repeats: on the even cases both models answer the same number every time; on
 * the odd ones each answer is uniform on [0, 1], drawn afresh per repeat. Every call is counted per model and case.
 * The dataset and the {@code quality} scorer are {@link QualityModels}'.
 */
@EvalSuite(id = "split-noise", repeats = 4)
@Compare(baseline = "first", primary = "quality", minEffect = 0.05)
public class SplitNoiseSuite extends QualityModels {

    /** Calls made, by "model:case number". */
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** Whether case {@code n}'s answers vary between repeats. */
    public static boolean noisy(int n) {
        return n % 2 == 1;
    }

    @Override
    protected int cases() {
        return 20;
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

    private static String answer(String model, ModelRequest request) {
        int n = Integer.parseInt(request.messages().get(request.messages().size() - 1).text().trim());
        CALLS.computeIfAbsent(model + ":" + n, k -> new AtomicInteger()).incrementAndGet();
        double value = noisy(n) ? new SplittableRandom(model.hashCode() * 1_000_003L + n * 7919L + request.repeat())
                .nextDouble() : 0.25 + n / 100.0;
        return Double.toString(value);
    }
}
