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
 * {@code scale}, {@code input} (the case field holding the request the output answers, shown to the judge)
 * and {@code field} (the case field holding a reference answer); subclasses add their own task options.
 * {@code scale: pass-fail} makes a judge that answers pass (1) or fail (0); {@code normalize: true} reports
 * scores on 0–1 whatever the scale (a threshold is then on 0–1 too). A judge score is a measurement: it passes
 * unless the suite sets a threshold.
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

    /** The task: the {@link #task} text, unless the subclass prepares it with the judge. */
    JudgeTask judgeTask(Options options, Scale scale, JudgeSettings settings) throws ScorerConfigException {
        return JudgeTask.fixed(task(options, scale));
    }

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(JudgeSettings.KEYS);
        keys.addAll(Set.of("scale", "input", "field", "normalize"));
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
        List<String> fields = sectionFields(options);
        ReplyFormat<ScoreReply.Verdict> format = scale == Scale.PASS_FAIL ? new PassFailReply() : new ScoreReply(scale);
        return new LlmJudge(options.metric(), settings, threshold, judgeTask(options, scale, settings), format, scale,
                normalize,
                scoring -> {
            List<JudgePrompt.Section> sections = new ArrayList<>();
            input.ifPresent(field -> sections.add(new JudgePrompt.Section("input", "The request the response answers",
                    scoring.testCase().text(field).orElse(""))));
            reference.ifPresent(field -> sections.add(new JudgePrompt.Section("reference", "The reference answer",
                    scoring.testCase().text(field).orElse(""))));
            fields.forEach(field -> sections.add(new JudgePrompt.Section("field-" + field, "The case's " + field,
                    scoring.testCase().text(field).orElse(""))));
            sections.add(new JudgePrompt.Section("output", "The response to evaluate", scoring.output()));
            return sections;
        });
    }

    /** "from 1 (worst) to 5 (best)", or "as pass or fail". */
    static String range(Scale scale) {
        return scale == Scale.PASS_FAIL ? "as pass or fail"
                : "from " + Scale.format(scale.min()) + " (worst) to " + Scale.format(scale.max()) + " (best)";
    }
}
