package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.ScorerSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The checks every suite gets, whatever its format: ids, placeholders, models, repeats, pass rate, scorers. */
final class SuiteChecks {

    /** Suite ids name output directories: safe file-name characters, and never only dots. */
    private static final Pattern SUITE_ID = Pattern.compile("(?!\\.+$)[A-Za-z0-9._-]+");

    private final Problems problems;
    private final InputLimits limits;

    SuiteChecks(Problems problems, InputLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    /** Whether a suite id can name an output directory. */
    static boolean validSuiteId(String id) {
        return SUITE_ID.matcher(id).matches();
    }

    void suiteId(String id, Function<String, Problem> idAt) {
        if (!validSuiteId(id)) {
            problems.add(idAt.apply("suite id '" + id + "' may hold only letters, digits, '.', '_' and '-', and not "
                    + "only dots (it names the output directory)"));
        }
    }

    void variants(List<SuiteVariant> variants, ModelCatalog models, Set<String> suiteModels, List<SuiteCase> cases) {
        Set<String> ids = new HashSet<>();
        for (SuiteVariant variant : variants) {
            String id = variant.variant().id();
            if (!ids.add(id)) {
                problems.add(Problem.of(variant.source(), "duplicate variant id '" + id + "'"));
            }
            String modelProblem = variant.generator() instanceof PromptGenerator
                    ? models.check(variant.variant().model(), suiteModels) : "";
            if (!modelProblem.isEmpty()) {
                problems.add(Problem.of(variant.source(), "variant '" + id + "': " + modelProblem));
            }
            if (variant.generator() instanceof PromptGenerator prompt) {
                placeholders(variant, prompt.template(), cases);
            }
        }
    }

    void cases(List<SuiteCase> cases, Function<String, Problem> suiteProblem) {
        Set<String> ids = new HashSet<>();
        for (SuiteCase testCase : cases) {
            if (!ids.add(testCase.testCase().id())) {
                problems.add(Problem.of(testCase.source(), "duplicate case id '" + testCase.testCase().id() + "'"));
            }
        }
        if (cases.size() > limits.maxCases()) {
            problems.add(suiteProblem.apply("the suite has more than " + limits.maxCases() + " cases; raise "
                    + InputKeys.MAX_CASES + " if it is meant to"));
        }
        if (cases.isEmpty() && problems.isEmpty()) {
            problems.add(suiteProblem.apply("the suite has no cases; give it a dataset file or inline cases"));
        }
    }

    /** The case field that titles cases in test names must be a field of every case. */
    void caseTitle(Optional<String> field, List<SuiteCase> cases, Function<String, Problem> at) {
        if (field.isEmpty() || cases.isEmpty()) {
            return;
        }
        Set<String> common = commonFields(cases);
        if (!common.contains(field.get())) {
            problems.add(at.apply("caseTitle '" + field.get() + "' is not a field of every case"
                    + Suggestions.hint(field.get(), common) + "; fields every case has: " + String.join(", ", common)));
        }
    }

    void runSettings(int repeats, double passRate, Function<String, Problem> repeatsAt,
                     Function<String, Problem> passRateAt) {
        if (repeats < 1) {
            problems.add(repeatsAt.apply("repeats must be at least 1, was " + repeats));
        } else if (repeats > limits.maxRepeats()) {
            problems.add(repeatsAt.apply("repeats must be at most " + limits.maxRepeats() + ", was " + repeats
                    + "; raise " + InputKeys.MAX_REPEATS + " if it is meant to"));
        }
        if (!(passRate >= 0.0 && passRate <= 1.0)) {
            problems.add(passRateAt.apply("passRate must be between 0 and 1, was " + passRate));
        }
    }

    List<SuiteScorer> scorers(List<ScorerSpec> specs, ScorerCatalog catalog, List<SuiteCase> cases,
                              Optional<Path> directory, Function<ScorerSpec, Function<String, Problem>> problemAt) {
        List<SuiteScorer> scorers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        cases.forEach(c -> ids.add(c.testCase().id()));
        for (ScorerSpec spec : specs) {
            // a scorer restricted to some cases may read a field only those cases have
            Set<String> fields = commonFields(cases.stream().filter(c -> spec.scores(c.testCase().id())).toList());
            List<String> unknown = spec.cases().orElse(Set.of()).stream().filter(id -> !ids.contains(id)).sorted()
                    .toList();
            if (!unknown.isEmpty()) {
                problems.add(problemAt.apply(spec).apply("scorer '" + spec.name() + "' names cases the suite does not"
                        + " have: " + String.join(", ", unknown)));
                continue;
            }
            if (spec.threshold().isPresent() && !Double.isFinite(spec.threshold().getAsDouble())) {
                problems.add(problemAt.apply(spec).apply("scorer '" + spec.name() + "' threshold must be a number"));
                continue;
            }
            catalog.create(spec, fields, directory, problems, problemAt.apply(spec)).ifPresent(scorers::add);
        }
        return scorers;
    }

    private void placeholders(SuiteVariant variant, PromptTemplate template, List<SuiteCase> cases) {
        for (String field : template.fields()) {
            List<SuiteCase> missing = cases.stream().filter(c -> !c.testCase().fields().containsKey(field)).toList();
            List<SuiteCase> empty = cases.stream().filter(c -> c.testCase().fields().containsKey(field)
                    && c.testCase().fields().get(field) == null).toList();
            if (!missing.isEmpty()) {
                placeholderProblem(variant, field, "has no matching field in", missing);
            }
            if (!empty.isEmpty()) {
                placeholderProblem(variant, field, "is null in", empty);
            }
        }
    }

    private void placeholderProblem(SuiteVariant variant, String field, String what, List<SuiteCase> cases) {
        SuiteCase first = cases.get(0);
        problems.add(Problem.of(variant.source(), "variant '" + variant.variant().id() + "': prompt placeholder {{"
                + field + "}} " + what + " case '" + first.testCase().id() + "' (" + Problem.of(first.source(), "")
                .where() + ")" + (cases.size() > 1 ? " and " + (cases.size() - 1) + " more case(s)" : "")
                + Suggestions.hint(field, first.testCase().fields().keySet())
                + "; case fields: " + String.join(", ", first.testCase().fields().keySet())));
    }

    private static Set<String> commonFields(List<SuiteCase> cases) {
        if (cases.isEmpty()) {
            return Set.of();
        }
        Set<String> common = new LinkedHashSet<>(cases.get(0).testCase().fields().keySet());
        cases.forEach(c -> common.retainAll(c.testCase().fields().keySet()));
        return common;
    }
}
