package dev.evalunit.judges.llm;

import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.judges.Threshold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A judge that scores one sample on a scale: judged {@code repeats} times (judge repeat index and the judged
 * sample's reference in the request, so each sample's each repeat is its own cached call), each repeat one {@link Score} carrying the judge
 * fingerprint and repeat index, the judge's reasoning as its reason. An unusable reply after the re-asks,
 * or a failed call, is an error score keeping the raw text.
 */
final class LlmJudge implements Scorer {

    private final String metric;
    private final JudgeSettings settings;
    private final Threshold threshold;
    private final JudgeTask task;
    private final ReplyFormat<ScoreReply.Verdict> format;
    private final Scale scale;
    private final boolean normalize;
    private final Function<ScoringInput, List<JudgePrompt.Section>> sections;
    private final String fingerprint;

    /**
     * @param format    the reply the judge must give: a score on the scale, or pass/fail
     * @param normalize whether scores are reported on 0–1 instead of the scale
     * @param sections  the untrusted sections of one sample's prompt, the output last
     */
    LlmJudge(String metric, JudgeSettings settings, Threshold threshold, JudgeTask task,
             ReplyFormat<ScoreReply.Verdict> format, Scale scale, boolean normalize,
             Function<ScoringInput, List<JudgePrompt.Section>> sections) {
        this.metric = metric;
        this.settings = settings;
        this.threshold = threshold;
        this.format = format;
        this.scale = scale;
        this.normalize = normalize;
        this.task = task;
        this.sections = sections;
        this.fingerprint = new JudgePrompt(task.declared(), format).fingerprint(settings);
    }

    @Override
    public CompletionStage<List<Score>> score(ScoringInput input) {
        ModelClient client = input.context().judgeClient();
        return task.prepare(client).toCompletableFuture()
                .thenCompose(prepared -> judge(input, client, prepared))
                .exceptionally(failure -> List.of(Score.error(metric, "judge task failed: "
                        + (failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()), null)
                        .withJudge(fingerprint, 0)));
    }

    private CompletableFuture<List<Score>> judge(ScoringInput input, ModelClient client, JudgeTask.Prepared task) {
        Sample sample = input.sample();
        var messages = new JudgePrompt(task.text(), format).messages(sections.apply(input));
        String judged = JudgedSample.reference(sample.variantId(), sample.caseId(), Integer.toString(sample.repeat()),
                sample.fingerprint());
        JudgeExchange exchange = new JudgeExchange(client, settings.maxRetries());
        List<CompletableFuture<Score>> repeats = new ArrayList<>();
        for (int repeat = 0; repeat < settings.repeats(); repeat++) {
            int index = repeat;
            // preparing the task (generating G-Eval steps) is counted once, on the score that caused it
            JudgeUsage preparation = repeat == 0 ? task.usage() : JudgeUsage.NONE;
            ModelRequest request = new ModelRequest(settings.model(), messages, settings.params(), repeat)
                    .withKeyPart(JudgedSample.KEY, judged);
            repeats.add(exchange.run(request, format).thenApply(outcome -> toScore(outcome, index, preparation))
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(repeats.toArray(CompletableFuture[]::new))
                .thenApply(done -> repeats.stream().map(CompletableFuture::join).toList());
    }

    private Score toScore(JudgeOutcome<ScoreReply.Verdict> outcome, int repeat, JudgeUsage preparation) {
        Score score;
        if (outcome instanceof JudgeOutcome.Usable<ScoreReply.Verdict> usable) {
            double value = normalize ? (usable.value().score() - scale.min()) / (scale.max() - scale.min())
                    : usable.value().score();
            score = Score.of(metric, value, threshold.passes(value), usable.value().reasoning());
        } else if (outcome instanceof JudgeOutcome.Unusable<ScoreReply.Verdict> unusable) {
            score = Score.error(metric, "judge reply unusable after " + unusable.attempts() + " attempt(s): "
                    + unusable.problem(), unusable.raw());
        } else {
            score = Score.error(metric, "judge call failed: "
                    + ((JudgeOutcome.CallFailed<ScoreReply.Verdict>) outcome).message(), null);
        }
        return score.withJudge(fingerprint, repeat).withJudgeUsage(preparation.plus(outcome.usage())).withDetails(Map.of("judgeModel", settings.model().toString(),
                "scale", scale == Scale.PASS_FAIL ? "pass-fail" : scale.toString(), "normalized", normalize,
                "attempts", outcome.attempts()));
    }
}
