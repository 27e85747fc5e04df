package dev.evalunit.engine.decision;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * "Always test one variable at a time": when a treatment differs from its baseline in more than one of model,
 * prompt and parameters, its decision says so and names the differences, because the result cannot be attributed
 * to any one of them.
 */
@API(status = INTERNAL, since = "0.1")
public final class OneVariableAtATime {

    private OneVariableAtATime() {
    }

    /** The comparison with a note on each decision whose treatment changes more than one variable. */
    public static Comparison annotate(Comparison comparison, List<Variant> variants) {
        Optional<Variant> baseline = find(variants, comparison.baselineId());
        if (baseline.isEmpty()) {
            return comparison;
        }
        List<Decision> decisions = comparison.decisions().stream().map(d -> find(variants, d.variantId())
                .map(treatment -> annotate(d, baseline.get(), treatment)).orElse(d)).toList();
        return new Comparison(comparison.baselineId(), comparison.primaryMetric(), comparison.secondaryMetrics(),
                comparison.alpha(), comparison.confidence(), comparison.minimumEffect(), comparison.correction(),
                comparison.metrics(), decisions, comparison.errorRates(), comparison.winner(),
                comparison.judgeErrorRates(), comparison.missingData());
    }

    /** The note for a treatment that changes more than one variable, naming each change. */
    public static Optional<String> warning(Variant baseline, Variant treatment) {
        List<String> changed = differences(baseline, treatment);
        if (changed.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(treatment.id() + " differs from " + baseline.id() + " in " + changed.size()
                + " variables at once (" + String.join("; ", changed) + "), so the result cannot be attributed to"
                + " one of them: test one variable at a time");
    }

    /** What changed, per variable (model, prompt, parameters), each naming the change. */
    static List<String> differences(Variant a, Variant b) {
        List<String> changed = new ArrayList<>();
        if (!a.model().equals(b.model())) {
            changed.add("model " + a.model() + " → " + b.model());
        }
        List<String> prompt = new ArrayList<>();
        if (!a.systemPrompt().equals(b.systemPrompt())) {
            prompt.add("system prompt");
        }
        if (!a.promptTemplate().equals(b.promptTemplate())) {
            prompt.add("prompt template");
        }
        if (!prompt.isEmpty()) {
            changed.add("prompt: " + String.join(" and ", prompt));
        }
        List<String> parameters = parameters(a.params(), b.params());
        if (!parameters.isEmpty()) {
            changed.add("parameters: " + String.join(", ", parameters));
        }
        return changed;
    }

    private static List<String> parameters(SamplingParams a, SamplingParams b) {
        List<String> changed = new ArrayList<>();
        change(changed, "temperature", text(a.temperature()), text(b.temperature()));
        change(changed, "top_p", text(a.topP()), text(b.topP()));
        change(changed, "max tokens", text(a.maxTokens()), text(b.maxTokens()));
        TreeSet<String> extra = new TreeSet<>(a.extra().keySet());
        extra.addAll(b.extra().keySet());
        for (String name : extra) {
            change(changed, name, text(a.extra(), name), text(b.extra(), name));
        }
        return changed;
    }

    private static void change(List<String> changed, String name, String before, String after) {
        if (!before.equals(after)) {
            changed.add(name + " " + before + " → " + after);
        }
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? Numbers.format(value.getAsDouble()) : "unset";
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "unset";
    }

    private static String text(Map<String, Object> extra, String name) {
        return extra.containsKey(name) ? String.valueOf(extra.get(name)) : "unset";
    }

    private static Decision annotate(Decision decision, Variant baseline, Variant treatment) {
        return warning(baseline, treatment).map(note -> new Decision(decision.variantId(), decision.outcome(),
                decision.metric(), decision.difference(), decision.ciLow(), decision.ciHigh(), decision.confidence(),
                decision.cases(), decision.reason() + "; but " + note)).orElse(decision);
    }

    private static Optional<Variant> find(List<Variant> variants, String id) {
        return variants.stream().filter(v -> Objects.equals(v.id(), id)).findFirst();
    }
}
