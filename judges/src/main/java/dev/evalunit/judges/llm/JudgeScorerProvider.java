package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.Threshold;
import dev.evalunit.judges.suite.JudgeStatistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A judge that scores one sample on a scale. Every judge reads {@link JudgeSettings}' options,
 * {@code scale}, {@code input} (the case field holding the request the output answers, shown to the judge),
 * {@code field} (the case field holding a reference answer) and {@code context} (the case field holding a RAG
 * retrieval context, {@link RetrievalContext}); subclasses add their own task options.
 * {@code scale: pass-fail} makes a judge that answers pass (1) or fail (0); {@code normalize: true} reports
 * scores on 0–1 whatever the scale (a threshold is then on 0–1 too). {@code template} replaces the judge's own
 * task text with the suite author's (its {@code {{field}}} variables point at delimited sections like a rubric's;
 * the judge's role, the rule that delimited text is data, and the reply format stay), and {@code examples} adds
 * few-shot examples ({@link FewShot}). A judge score is a measurement: it passes unless the suite sets a threshold.
 */
abstract class JudgeScorerProvider implements ScorerProvider {

    private final String name;
    private final Scale defaultScale;
    private final boolean needsReference;

    JudgeScorerProvider(String name, Scale defaultScale, boolean needsReference) {
        this.name = name;
        this.defaultScale = defaultScale;
        this.needsReference = needsReference;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The subclass's own options. */
    abstract Set<String> taskOptions();

    /** The task text: what the judge evaluates and how, from the subclass's options. */
    abstract String task(Options options, Scale scale) throws ScorerConfigException;

    /** Further case fields the task refers to, each shown to the judge in its own delimited section. */
    List<String> sectionFields(Options options) throws ScorerConfigException {
        return List.of();
    }

    /**
     * Whether a score is weighted by the probabilities of the scale's scores ({@link ScoreProbabilities}) where
     * the judge returns token log-probabilities; judge repeats average the noise where it does not.
     */
    boolean weighsByProbability(Scale scale) {
        return false;
    }

    /** The reply the judge must give: a score on the scale, or pass/fail. */
    ReplyFormat<ScoreReply.Verdict> replyFormat(Scale scale) {
        return scale == Scale.PASS_FAIL ? new PassFailReply() : new ScoreReply(scale);
    }

    /** The task: the {@link #task} text, unless the subclass prepares it with the judge. */
    JudgeTask judgeTask(Options options, Scale scale, JudgeSettings settings) throws ScorerConfigException {
        return JudgeTask.fixed(task(options, scale));
    }

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(JudgeSettings.KEYS);
        keys.addAll(Set.of("scale", "input", "field", "normalize", "template", "examples", RetrievalContext.OPTION));
        keys.addAll(taskOptions());
        keys.addAll(JudgeStatistics.KEYS);
        Options options = Options.of(setup, keys);
        JudgeSettings settings = JudgeSettings.from(options);
        Scale scale = Scale.from(options, defaultScale);
        Optional<String> input = options.caseField("input");
        Optional<String> reference = options.caseField("field");
        if (needsReference && reference.isEmpty()) {
            throw options.problem("field", "is required: the case field holding the reference answer");
        }
        boolean normalize = options.bool("normalize", false);
        Scale reported = normalize ? new Scale(0, 1) : scale;
        Threshold threshold = Threshold.atLeast(setup.spec());
        if (setup.spec().threshold().isPresent() && !reported.contains(threshold.bound())) {
            throw options.problem("has threshold " + threshold.bound() + " outside its scale " + reported
                    + (normalize ? " (normalize: true)" : ""));
        }
        Optional<FieldVariables> template = options.has("template")
                ? Optional.of(FieldVariables.of(options, "template", options.requiredString("template").strip()))
                : Optional.empty();
        List<String> replaced = taskOptions().stream().filter(options::has).sorted().toList();
        if (template.isPresent() && !replaced.isEmpty()) {
            throw options.problem("template", "replaces the task that " + replaced + " describe; give one or the other");
        }
        List<String> fields = template.isPresent() ? template.get().fields() : sectionFields(options);
        JudgeTask task = template.isPresent() ? JudgeTask.fixed(template.get().text())
                : judgeTask(options, scale, settings);
        ReplyFormat<ScoreReply.Verdict> format = replyFormat(scale);
        boolean weighted = weighsByProbability(scale);
        JudgeSettings asked = weighted ? settings.withTopLogprobs(ScoreProbabilities.TOP) : settings;
        return new LlmJudge(options.metric(), asked, threshold, task, format, FewShot.of(options, scale, format), scale,
                normalize, weighted, new SampleSections(input, reference, fields, RetrievalContext.of(options)));
    }

    /** "from 1 (worst) to 5 (best)", or "as pass or fail". */
    static String range(Scale scale) {
        return scale == Scale.PASS_FAIL ? "as pass or fail"
                : "from " + Scale.format(scale.min()) + " (worst) to " + Scale.format(scale.max()) + " (best)";
    }
}
