package dev.evalunit.judges.llm;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code criteria-judge}: several criteria scored in one judge call. {@code criteria} maps each criterion's name
 * (letters, digits, {@code _} and {@code -}) to what it means; every criterion becomes its own metric,
 * {@code <metric>.<criterion>}, with its own score per sample and judge repeat, and its own error score when the
 * reply leaves it out or scores it off the {@code scale} (default 1-5). Options also: those of {@link JudgeSettings},
 * {@code input}, {@code field}, {@code context} (shown like every judge's) and {@code normalize}.
 */
@API(status = INTERNAL, since = "0.1")
public final class CriteriaJudgeScorer implements ScorerProvider {

    @Override
    public String name() {
        return "criteria-judge";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(JudgeSettings.KEYS);
        keys.addAll(Set.of("criteria", "scale", "input", "field", "normalize", RetrievalContext.OPTION));
        Options options = Options.of(setup, keys);
        Object declared = options.raw("criteria").orElseThrow(() -> options.problem("criteria", "is required"));
        if (!(declared instanceof Map<?, ?> criteria) || criteria.isEmpty()) {
            throw options.problem("criteria", "must map each criterion's name to what it means");
        }
        List<String> names = new ArrayList<>();
        StringBuilder task = new StringBuilder("Score the response on each of these criteria separately, ");
        Scale scale = Scale.from(options, new Scale(1, 5));
        if (scale == Scale.PASS_FAIL) {
            throw options.problem("scale", "must be a numeric range: each criterion is scored on it");
        }
        task.append(JudgeScorerProvider.range(scale)).append(".\n\nCriteria:\n");
        for (Map.Entry<?, ?> criterion : criteria.entrySet()) {
            String name = String.valueOf(criterion.getKey());
            if (!name.matches("[A-Za-z0-9_-]+") || !(criterion.getValue() instanceof String meaning)
                    || meaning.isBlank()) {
                throw options.problem("criteria", "criterion '" + name + "' needs a name of letters, digits, _ or -"
                        + " and a non-blank description");
            }
            names.add(name);
            task.append("- ").append(name).append(": ").append(meaning.strip()).append('\n');
        }
        if (setup.spec().threshold().isPresent()) {
            throw options.problem("criteria-judge takes no threshold: gate each criterion's metric instead");
        }
        boolean normalize = options.bool("normalize", false);
        return new CriteriaJudge(options.metric(), JudgeSettings.from(options), task.toString(),
                new CriteriaReply(names, scale), normalize, new SampleSections(options.caseField("input"),
                options.caseField("field"), List.of(), RetrievalContext.of(options)));
    }
}
