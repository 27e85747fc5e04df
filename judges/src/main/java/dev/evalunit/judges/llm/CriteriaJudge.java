package dev.evalunit.judges.llm;

import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScoringInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores several criteria of one sample in one judge call per judge repeat ({@link CriteriaJudgeScorer}): one
 * {@link Score} per criterion and repeat, named {@code <metric>.<criterion>}. The call's usage is carried by the
 * repeat's first criterion's score, so each call is counted once; an unusable reply or a failed call makes every
 * criterion's score of that repeat an error, a criterion the reply misses or garbles only its own.
 */
final class CriteriaJudge implements Scorer {

    private final String metric;
    private final JudgeSettings settings;
    private final String task;
    private final CriteriaReply format;
    private final boolean normalize;
    private final Function<ScoringInput, List<JudgePrompt.Section>> sections;
    private final String fingerprint;

    CriteriaJudge(String metric, JudgeSettings settings, String task, CriteriaReply format, boolean normalize,
                  Function<ScoringInput, List<JudgePrompt.Section>> sections) {
        this.metric = metric;
        this.settings = settings;
        this.task = task;
        this.format = format;
        this.normalize = normalize;
        this.sections = sections;
        this.fingerprint = new JudgePrompt(task, format).fingerprint(settings);
    }

    @Override
    public Set<String> metrics() {
        return format.criteria().stream().map(this::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public CompletionStage<List<Score>> score(ScoringInput input) {
        Sample sample = input.sample();
        var messages = new JudgePrompt(task, format).messages(sections.apply(input));
        String judged = JudgedSample.reference(sample.variantId(), sample.caseId(), Integer.toString(sample.repeat()),
                sample.fingerprint());
        JudgeExchange exchange = new JudgeExchange(input.context().judgeClient(), settings.maxRetries());
        List<CompletableFuture<List<Score>>> repeats = new ArrayList<>();
        for (int repeat = 0; repeat < settings.repeats(); repeat++) {
            int index = repeat;
            ModelRequest request = new ModelRequest(settings.model(), messages, settings.params(), repeat)
                    .withKeyPart(JudgedSample.KEY, judged);
            repeats.add(exchange.run(request, format).thenApply(outcome -> scores(outcome, index))
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(repeats.toArray(CompletableFuture[]::new))
                .thenApply(done -> repeats.stream().flatMap(r -> r.join().stream()).toList());
    }

    private List<Score> scores(JudgeOutcome<Map<String, CriteriaReply.Criterion>> outcome, int repeat) {
        List<Score> scores = new ArrayList<>();
        for (String criterion : format.criteria()) {
            Score score;
            if (outcome instanceof JudgeOutcome.Usable<Map<String, CriteriaReply.Criterion>> usable) {
                CriteriaReply.Criterion read = usable.value().get(criterion);
                score = read instanceof CriteriaReply.Criterion.Scored scored ? Score.of(name(criterion),
                        value(scored.verdict().score()), true, scored.verdict().reasoning())
                        : Score.error(name(criterion), "judge reply unusable for this criterion: "
                        + ((CriteriaReply.Criterion.Unusable) read).problem(), usable.raw());
            } else if (outcome instanceof JudgeOutcome.Unusable<Map<String, CriteriaReply.Criterion>> unusable) {
                score = Score.error(name(criterion), "judge reply unusable after " + unusable.attempts()
                        + " attempt(s): " + unusable.problem(), unusable.raw());
            } else {
                score = Score.error(name(criterion), "judge call failed: "
                        + ((JudgeOutcome.CallFailed<?>) outcome).message(), null);
            }
            JudgeUsage usage = scores.isEmpty() ? outcome.usage() : JudgeUsage.NONE;
            scores.add(score.withJudge(fingerprint, repeat).withJudgeUsage(usage).withDetails(Map.of(
                    "judgeModel", settings.model().toString(), "scale", format.scale().toString(),
                    "normalized", normalize, "attempts", outcome.attempts(), "criterion", criterion)));
        }
        return scores;
    }

    private double value(double score) {
        return normalize ? (score - format.scale().min()) / (format.scale().max() - format.scale().min()) : score;
    }

    private String name(String criterion) {
        return metric + "." + criterion;
    }
}
